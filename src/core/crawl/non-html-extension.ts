// Files a visitor downloads rather than reads as a page. Skipped before any request: the
// crawler reads HTML only (other extractors still see these links on the page).

const NON_HTML = new Set([
  // documents
  'pdf',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'ppt',
  'pptx',
  'odt',
  'ods',
  'odp',
  'rtf',
  'csv',
  'epub',
  'ics',
  'vcf',
  // images
  'jpg',
  'jpeg',
  'png',
  'gif',
  'webp',
  'avif',
  'svg',
  'ico',
  'bmp',
  'tif',
  'tiff',
  'heic',
  // archives and installers
  'zip',
  'gz',
  'tgz',
  'bz2',
  'xz',
  'rar',
  '7z',
  'tar',
  'exe',
  'msi',
  'dmg',
  'pkg',
  'deb',
  'rpm',
  'apk',
  'iso',
  'bin',
  'img',
  // audio and video
  'mp4',
  'm4v',
  'mov',
  'avi',
  'wmv',
  'webm',
  'mkv',
  'flv',
  'mp3',
  'm4a',
  'wav',
  'ogg',
  'flac',
  // assets and data
  'css',
  'js',
  'mjs',
  'json',
  'xml',
  'rss',
  'atom',
  'woff',
  'woff2',
  'ttf',
  'otf',
  'eot',
  'map',
  'txt',
]);

/** The extension when the URL's last path segment names a non-HTML file, else undefined. */
export function nonHtmlExtension(url: string | URL): string | undefined {
  let path: string;
  try {
    path = typeof url === 'string' ? new URL(url).pathname : url.pathname;
  } catch {
    return undefined;
  }
  const ext = path.match(/\.([a-z0-9]{1,5})$/i)?.[1]?.toLowerCase();
  return ext && NON_HTML.has(ext) ? ext : undefined;
}
