//! CSV exports of the entity table and the quotes (RFC 4180), and the data link a
//! browser downloads them from.

use crate::route::percent_encode;
use framescope_core::Corpus;

/// One CSV field, quoted when it holds a comma, a quote or a line break; a leading
/// `=`, `+`, `-` or `@` is prefixed with `'` so spreadsheets do not run it as a formula.
fn field(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@']) { format!("'{value}") } else { value.to_string() };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// One CSV record, with its line break.
pub(crate) fn row(fields: &[&str]) -> String {
    fields.iter().map(|f| field(f)).collect::<Vec<_>>().join(",") + "\r\n"
}

/// One row per entity: id, name, kind, role, aliases, mentions, articles.
pub fn entities_csv(corpus: &Corpus) -> String {
    let mut out = row(&["id", "name", "kind", "role", "aliases", "mentions", "articles"]);
    for e in &corpus.entities {
        let articles: Vec<&str> = e.documents().iter().map(|&d| corpus.documents[d as usize].id.as_str()).collect();
        out += &row(&[
            &e.id,
            &e.name,
            e.kind.as_str(),
            e.role.as_deref().unwrap_or(""),
            &e.aliases.join("; "),
            &e.mentions.len().to_string(),
            &articles.join("; "),
        ]);
    }
    out
}

/// One row per quote: article, line, speaker id, speaker, category, kind, text.
pub fn quotes_csv(corpus: &Corpus) -> String {
    let mut out = row(&["article", "line", "speaker_id", "speaker", "speaker_category", "kind", "text"]);
    for q in &corpus.quotes {
        let doc = &corpus.documents[q.doc as usize];
        let block = &doc.blocks[q.block as usize];
        let speaker_id = q.speaker.map(|s| corpus.entities[s as usize].id.as_str()).unwrap_or("");
        out += &row(&[
            &doc.id,
            &block.first_line.to_string(),
            speaker_id,
            &q.speaker_name,
            &q.category.key(),
            q.kind.as_str(),
            block.text.get(q.start as usize..q.end as usize).unwrap_or(""),
        ]);
    }
    out
}

/// A `data:` link that downloads `csv` (no network, no blob store).
pub fn data_link(csv: &str) -> String {
    format!("data:text/csv;charset=utf-8,{}", percent_encode(csv))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_defused() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(row(&["a", "b\nc"]), "a,\"b\nc\"\r\n");
    }

    #[test]
    fn data_links_are_encoded() {
        assert_eq!(data_link("a,b\r\n"), "data:text/csv;charset=utf-8,a%2Cb%0D%0A");
    }
}
