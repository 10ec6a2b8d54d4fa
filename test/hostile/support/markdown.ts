// Where Markdown is live: the text outside code spans (CommonMark §6.1, backslash escapes
// respected) and outside <http(s)://…> autolinks. Raw HTML or link syntax there would render.

export function liveMarkdown(md: string): string {
  let out = '';
  let i = 0;
  while (i < md.length) {
    const c = md[i]!;
    if (c === '\\') {
      out += md.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c === '`') {
      const run = /^`+/.exec(md.slice(i))![0];
      // A code span closes at the next run of exactly the same length.
      const close = new RegExp(`(?<!\`)${run}(?!\`)`, 'g');
      close.lastIndex = i + run.length;
      const m = close.exec(md);
      if (m) {
        i = m.index + run.length;
        continue;
      }
      out += run;
      i += run.length;
      continue;
    }
    out += c;
    i++;
  }
  return out.replace(/<https?:\/\/[^\s<>]*>/g, '');
}
