/**
 * The shared string table: each string's plain text, rich text runs joined, phonetic guides
 * (`rPh`, Japanese readings) left out as Excel shows them.
 */
import { xmlStream } from './xml';

/** Collects the text of `<t>` elements inside one container (`si`, `is`), rPh excluded. */
export class RunText {
  private parts: string[] = [];
  private inText = false;
  private phonetic = 0;

  open(name: string): void {
    if (name === 't' && this.phonetic === 0) this.inText = true;
    else if (name === 'rPh') this.phonetic++;
  }

  close(name: string): void {
    if (name === 't') this.inText = false;
    else if (name === 'rPh') this.phonetic--;
  }

  text(text: string): void {
    if (this.inText) this.parts.push(text);
  }

  take(): string {
    const text = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    this.parts = [];
    return text;
  }
}

/** `feed` hands the part's text to the parser, chunk by chunk. */
export function readSharedStrings(
  part: string,
  feed: (write: (text: string) => boolean) => void,
): string[] {
  const strings: string[] = [];
  const run = new RunText();
  let inItem = false;
  const stream = xmlStream(part, {
    open: (name: string) => {
      if (name === 'si') inItem = true;
      else if (inItem) run.open(name);
    },
    close: (name: string) => {
      if (name === 'si') {
        if (inItem) strings.push(run.take());
        inItem = false;
      } else if (inItem) run.close(name);
    },
    text: (text: string) => {
      if (inItem) run.text(text);
    },
  });
  feed((text) => {
    stream.write(text);
    return true;
  });
  stream.end();
  return strings;
}
