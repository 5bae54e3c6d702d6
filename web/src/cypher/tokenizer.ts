export type TokenKind = "keyword" | "string" | "number" | "comment" | "parameter" | "label" | "identifier" | "function" | "punctuation" | "space";

export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
}

export const KEYWORDS = [
  "MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "UNWIND", "AS", "ORDER", "BY", "ASC", "DESC", "SKIP", "LIMIT",
  "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "ON", "CALL", "YIELD", "UNION", "ALL", "DISTINCT",
  "AND", "OR", "XOR", "NOT", "IN", "IS", "NULL", "TRUE", "FALSE", "CASE", "WHEN", "THEN", "ELSE", "END",
  "STARTS", "ENDS", "CONTAINS", "EXISTS", "COUNT", "EXPLAIN", "PROFILE",
];

const KEYWORD_SET = new Set(KEYWORDS);

const RULES: [TokenKind, RegExp][] = [
  ["space", /\s+/y],
  ["comment", /\/\/[^\n]*|\/\*[\s\S]*?(\*\/|$)/y],
  ["string", /'(?:[^'\\]|\\.)*'?|"(?:[^"\\]|\\.)*"?/y],
  ["number", /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y],
  ["parameter", /\$[A-Za-z_][A-Za-z0-9_]*/y],
  ["label", /:\s*(?:`[^`]*`?|[A-Za-z_][A-Za-z0-9_]*)/y],
  ["identifier", /`[^`]*`?|[A-Za-z_][A-Za-z0-9_]*/y],
  ["punctuation", /[\s\S]/y],
];

/** Splits Cypher text into tokens for highlighting; never fails, unknown characters are punctuation. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  while (position < text.length) {
    for (const [kind, rule] of RULES) {
      rule.lastIndex = position;
      const match = rule.exec(text);
      if (!match || match[0].length === 0) continue;
      let tokenKind = kind;
      if (kind === "identifier") {
        const upper = match[0].toUpperCase();
        if (KEYWORD_SET.has(upper)) tokenKind = "keyword";
        else if (text[position + match[0].length] === "(") tokenKind = "function";
      }
      tokens.push({ kind: tokenKind, text: match[0], start: position });
      position += match[0].length;
      break;
    }
  }
  return tokens;
}
