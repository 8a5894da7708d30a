/**
 * Statements PostgreSQL refuses inside a transaction block that a migration may need: building or dropping
 * an index without blocking the table's writers while it is built.
 */
const refusedInTransaction = [
  /^create\s+(unique\s+)?index\s+concurrently\b/i,
  /^drop\s+index\s+concurrently\b/i,
  /^reindex\s+(\(.*\)\s+)?(index|table|schema|database|system)\s+concurrently\b/i,
];

/**
 * Whether a migration must run outside a transaction: it is one statement that PostgreSQL refuses inside a
 * transaction block, as `prisma migrate deploy` runs a migration of one statement on its own. Such a
 * statement among others is refused before anything runs, since the others would then lose their atomicity.
 */
export function runsOutsideTransaction(name: string, sql: string): boolean {
  const statements = codeOf(sql)
    .split(';')
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
  const refused = statements.filter((statement) => refusedInTransaction.some((form) => form.test(statement)));
  if (refused.length === 0) return false;
  if (statements.length > 1)
    throw new Error(
      `migration ${name} mixes a statement that cannot run in a transaction (${refused[0]?.split(/\s+/, 4).join(' ')}) with others; give it a migration of its own`,
    );
  return true;
}

/** The SQL without comments, with the insides of string literals, quoted names and dollar quotes blanked. */
function codeOf(sql: string): string {
  let code = '';
  let at = 0;
  while (at < sql.length) {
    const rest = sql.slice(at);
    const skipped =
      /^--[^\n]*/.exec(rest)?.[0] ??
      blockComment(rest) ??
      /^[eE]'(?:[^'\\]|\\.|'')*'/.exec(rest)?.[0] ??
      /^'(?:[^']|'')*'/.exec(rest)?.[0] ??
      /^"(?:[^"]|"")*"/.exec(rest)?.[0] ??
      dollarQuoted(rest);
    if (skipped === undefined) {
      code += sql[at];
      at += 1;
    } else {
      // A literal stays a token, so the statement around it keeps its shape.
      code += /^(--|\/\*)/.test(skipped) ? ' ' : ' x ';
      at += skipped.length;
    }
  }
  return code;
}

/** A block comment at the start of `text`; PostgreSQL's nest. */
function blockComment(text: string): string | undefined {
  if (!text.startsWith('/*')) return undefined;
  let depth = 0;
  for (let at = 0; at < text.length - 1; at++) {
    if (text.startsWith('/*', at)) {
      depth += 1;
      at += 1;
    } else if (text.startsWith('*/', at)) {
      depth -= 1;
      at += 1;
      if (depth === 0) return text.slice(0, at + 1);
    }
  }
  return text;
}

/** A dollar-quoted string ($$...$$ or $tag$...$tag$) at the start of `text`. */
function dollarQuoted(text: string): string | undefined {
  const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(text)?.[0];
  if (tag === undefined) return undefined;
  const end = text.indexOf(tag, tag.length);
  return end === -1 ? text : text.slice(0, end + tag.length);
}
