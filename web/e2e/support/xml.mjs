// Checks that a text is well-formed XML and counts its elements by name, with saxes (a strict parser).
import { SaxesParser } from "saxes";

/** `{ root, counts }`: the root element's name and how many elements of each name; throws on malformed XML. */
export function parseXml(text) {
  const parser = new SaxesParser({ xmlns: true });
  const counts = new Map();
  let root = null;
  let failure = null;
  parser.on("error", (error) => {
    failure ??= error;
  });
  parser.on("opentag", (tag) => {
    root ??= tag.local;
    counts.set(tag.local, (counts.get(tag.local) ?? 0) + 1);
  });
  parser.write(text).close();
  if (failure) throw failure;
  return { root, counts };
}
