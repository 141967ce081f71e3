// office-addin-mock requires office-addin-manifest only for its OfficeApp host names.
// The real package drags in usage-data and network code, so jest maps it to this stand-in.
module.exports = {
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    PowerPoint: 'powerpoint',
    Project: 'project',
    Word: 'word',
  },
};
