// office-addin-mock only needs office-addin-manifest's OfficeApp enum; the real package pulls
// ES-module-only dependencies that jest on Node 20 cannot require (TOOLCHAIN.md).
module.exports = {
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
};
