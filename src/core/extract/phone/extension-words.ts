// The words of an extension in every language pack (locale/packs/*: phoneLabels.extension and
// extensionAfterNumber): "ext. 12", "Durchwahl 12", "poste 204", "x 12", "доб. 5", "转 8001".
import { packAlternatives } from '../../locale/pack-pattern.js';
import { LANGUAGE_PACKS } from '../../locale/packs.js';

/** An extension's own word, at a word start in spaced languages (anywhere in unspaced ones): a regex source. */
export const EXTENSION_WORDS = packAlternatives(LANGUAGE_PACKS, (pack) => pack.phoneLabels.extension, '(?<![\\p{L}])');

/** Every extension word, the short ones read only right after a number too, as plain alternatives. */
export const EXTENSION_AFTER_NUMBER = LANGUAGE_PACKS.flatMap((pack) => [pack.phoneLabels.extension, pack.phoneLabels.extensionAfterNumber])
  .filter(Boolean)
  .join('|');
