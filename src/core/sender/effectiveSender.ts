/**
 * @summary The address a reply will really be sent from, as far as the client lets us know.
 *
 * Desktop Outlook has reported the user's own address from `item.from.getAsync` on replies from
 * a shared mailbox (office-js #1832), so `from` alone is not trusted: when the item lives in a
 * shared mailbox or folder, its owner (from `getSharedPropertiesAsync`) is the sender Exchange
 * uses, and it wins. Only when neither is known is the result null.
 *
 * @param from - what the client reports as From (may be wrong on replies)
 * @param sharedOwner - the owner of the shared mailbox or folder the item is in, if any
 * @example
 * effectiveSenderAddress({ from: 'anna.berg@ljungby.se', sharedOwner: 'kommun@ljungby.se' }) //=> 'kommun@ljungby.se'
 */
export function effectiveSenderAddress(sources: { from: string | null | undefined; sharedOwner: string | null | undefined }): string | null {
  const owner = sources.sharedOwner?.trim();
  if (owner) return owner;
  const from = sources.from?.trim();
  return from ? from : null;
}
