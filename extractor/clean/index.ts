// Page cleaning: lines and their blank-line structure, column-break joining, and text built
// from source pieces with an offset map back into the source.
export { splitLines, type Line } from './lines.js';
export { endsSentence } from './sentence.js';
export { joinColumnBreaks } from './paragraphs.js';
export { MappedTextBuilder, type MappedText } from './mapped-text.js';
