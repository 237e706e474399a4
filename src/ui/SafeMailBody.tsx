import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useMemo, useState, type ReactNode } from 'react';
import { useText } from './i18n';
import { mailBodyDocument } from './mailBodyDocument';

const useStyles = makeStyles({
  frame: { width: '100%', minHeight: '16rem', height: '40vh', border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground1 },
  bar: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalS },
});

/** Colours for the body document: a frame cannot read the page's theme, so they are passed in. */
export interface BodyPalette {
  background: string;
  foreground: string;
  link: string;
}

/**
 * A mail body shown safely (SECURITY.md rule 1): sanitised by DOMPurify, in a frame whose sandbox
 * allows no scripts, forms or same-origin access (links open in a new window), remote images off
 * until the reader asks.
 */
export function SafeMailBody({ body, title, palette }: { body: { contentType: 'html' | 'text'; content: string }; title: string; palette: BodyPalette }): ReactNode {
  const t = useText();
  const styles = useStyles();
  const [showImages, setShowImages] = useState(false);
  const doc = useMemo(() => mailBodyDocument(body, showImages, palette), [body, showImages, palette]);
  return (
    <div data-testid="mail-body">
      {doc.remoteImages > 0 && !showImages && (
        <MessageBar intent="info" className={styles.bar}>
          <MessageBarBody>
            {t({
              sv: `${doc.remoteImages} ${doc.remoteImages === 1 ? 'bild' : 'bilder'} från internet visas inte: ${doc.remoteImages === 1 ? 'den' : 'de'} kan tala om för avsändaren att du läst meddelandet.`,
              en: `${doc.remoteImages} ${doc.remoteImages === 1 ? 'image' : 'images'} from the internet ${doc.remoteImages === 1 ? 'is' : 'are'} not shown: ${doc.remoteImages === 1 ? 'it' : 'they'} can tell the sender that you read the message.`,
            })}{' '}
            <Button size="small" onClick={() => setShowImages(true)} data-testid="show-images">
              {t({ sv: 'Visa bilder', en: 'Show images' })}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      <iframe
        className={styles.frame}
        title={title}
        sandbox="allow-popups allow-popups-to-escape-sandbox"
        referrerPolicy="no-referrer"
        srcDoc={doc.html}
        data-testid="mail-body-frame"
        data-remote-images={showImages ? 'shown' : 'hidden'}
      />
    </div>
  );
}
