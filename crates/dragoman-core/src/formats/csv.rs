//! The glossary's CSV exchange format (`tests/fixtures/names.csv` is one):
//! `arabic,english,type,variants,short,deprecated,clitics,not,notes`, with `|` between the
//! items of a list. Export guards against spreadsheet formula injection.
use std::collections::HashMap;

use super::clitics_flag;
use crate::error::{Error, Result};
use crate::names::glossary::{key_of, Columns, GlossaryEntry, NameType, SkipReason, Skipped};

pub const CSV_HEADER: [&str; 9] =
    ["arabic", "english", "type", "variants", "short", "deprecated", "clitics", "not", "notes"];

fn list(s: &str) -> Vec<String> {
    s.split('|').map(str::trim).filter(|x| !x.is_empty()).map(str::to_owned).collect()
}

fn reader(text: &str) -> ::csv::Reader<&[u8]> {
    ::csv::ReaderBuilder::new().flexible(true).trim(::csv::Trim::All).from_reader(text.as_bytes())
}

/// The line where a quoted cell opens and never closes, if one does: the CSV reader would
/// take the rest of the file for that one cell.
fn unterminated_quote(text: &str) -> Option<u64> {
    let mut line = 1u64;
    let mut opened = 0u64;
    let mut in_quotes = false;
    let mut field_start = true;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                }
                '"' => in_quotes = false,
                '\n' => line += 1,
                _ => {}
            }
            continue;
        }
        match c {
            '"' if field_start => {
                in_quotes = true;
                opened = line;
                field_start = false;
            }
            ',' => field_start = true,
            '\n' => {
                line += 1;
                field_start = true;
            }
            ' ' | '\t' | '\r' => {}
            _ => field_start = false,
        }
    }
    in_quotes.then_some(opened)
}

/// The header of a glossary CSV, lower case, with where its `arabic` and `english` columns
/// are; a header without both is [`Error::GlossaryColumns`], one naming a column twice
/// [`Error::CsvDuplicateColumn`].
fn header(reader: &mut ::csv::Reader<&[u8]>) -> Result<(Vec<String>, usize, usize)> {
    let headers: Vec<String> =
        reader.headers().map_err(|_| Error::GlossaryColumns)?.iter().map(|h| h.to_lowercase()).collect();
    if let Some((k, h)) = headers.iter().enumerate().find(|(k, h)| !h.is_empty() && headers[..*k].contains(h)) {
        return Err(Error::CsvDuplicateColumn { name: h.clone(), column: k as u64 + 1 });
    }
    let col = |name: &str| headers.iter().position(|h| h == name);
    match (col("arabic"), col("english")) {
        (Some(ar), Some(en)) => Ok((headers, ar, en)),
        _ => Err(Error::GlossaryColumns),
    }
}

/// Whether `text` starts with a glossary CSV's header (one [`read_csv`] accepts).
pub fn starts_with_header(text: &str) -> bool {
    header(&mut reader(text.lines().next().unwrap_or(""))).is_ok()
}

/// Read a glossary CSV. A file without `arabic` and `english` columns is refused whole;
/// bad rows are reported by line and the rest is read.
pub fn read_csv(bytes: &[u8]) -> Result<(Vec<GlossaryEntry>, Vec<Skipped>)> {
    read_csv_columns(bytes).map(|(entries, skipped, _)| (entries, skipped))
}

/// [`read_csv`], with the columns the file has.
pub fn read_csv_columns(bytes: &[u8]) -> Result<(Vec<GlossaryEntry>, Vec<Skipped>, Columns)> {
    let text =
        std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).map_err(|_| Error::BadEncoding)?;
    if let Some(line) = unterminated_quote(text) {
        return Err(Error::CsvUnterminatedQuote { line });
    }
    let mut reader = reader(text);
    let (headers, ar, en) = header(&mut reader)?;
    let col = |name: &str| headers.iter().position(|h| h == name);
    let has = |name: &str| col(name).is_some();
    let columns = Columns {
        kind: has("type"),
        variants: has("variants"),
        short: has("short"),
        deprecated: has("deprecated"),
        clitics: has("clitics"),
        not: has("not"),
        notes: has("notes"),
    };
    let mut entries = Vec::new();
    let mut skipped = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                skipped.push(Skipped { line, reason: SkipReason::Unreadable, detail: e.to_string() });
                continue;
            }
        };
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        // A cell our export defused ('=…) comes back as it was; without the control
        // characters XML forbids, so that what a glossary holds can go out as TBX.
        let get = |i: Option<usize>| {
            super::xml::xml_chars(unguard(i.and_then(|i| record.get(i)).unwrap_or(""))).trim().to_owned()
        };
        let arabic = get(Some(ar));
        let english = get(Some(en));
        if arabic.is_empty() || english.is_empty() {
            skipped.push(Skipped { line, reason: SkipReason::EmptyForm, detail: String::new() });
            continue;
        }
        let Some(kind) = NameType::parse(&get(col("type"))) else {
            skipped.push(Skipped { line, reason: SkipReason::UnknownType, detail: get(col("type")) });
            continue;
        };
        let Some(clitics) = clitics_flag(&get(col("clitics"))) else {
            skipped.push(Skipped { line, reason: SkipReason::BadClitics, detail: get(col("clitics")).to_lowercase() });
            continue;
        };
        let short = Some(get(col("short"))).filter(|s| !s.is_empty());
        let key = key_of(&arabic);
        if key.is_empty() {
            skipped.push(Skipped { line, reason: SkipReason::EmptyForm, detail: arabic });
            continue;
        }
        if let Some(first) = seen.get(&key) {
            skipped.push(Skipped { line, reason: SkipReason::DuplicateInFile, detail: format!("{arabic} ({first})") });
            continue;
        }
        seen.insert(key, line);
        entries.push(GlossaryEntry {
            arabic,
            variants: list(&get(col("variants"))),
            english,
            short,
            kind,
            deprecated: list(&get(col("deprecated"))),
            clitics,
            not: list(&get(col("not"))),
            notes: get(col("notes")),
        });
    }
    Ok((entries, skipped, columns))
}

/// Whether a cell, past any apostrophes it starts with, starts as a formula would.
fn formula_like(cell: &str) -> bool {
    cell.trim_start_matches('\'').starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// A cell that a spreadsheet would run as a formula gets a leading apostrophe; so does one
/// that already starts with apostrophes before such a character ('=…), which would
/// otherwise lose its own on the way back.
fn guard(cell: &str) -> String {
    if formula_like(cell) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// The inverse of [`guard`].
fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if formula_like(rest) => rest,
        _ => cell,
    }
}

/// Write a glossary as CSV.
pub fn write_csv(entries: &[GlossaryEntry]) -> Vec<u8> {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    w.write_record(CSV_HEADER).expect("in memory");
    for e in entries {
        let row = [
            e.arabic.clone(),
            e.english.clone(),
            e.kind.as_str().to_owned(),
            e.variants.join("|"),
            e.short.clone().unwrap_or_default(),
            e.deprecated.join("|"),
            e.clitics.to_string(),
            e.not.join("|"),
            e.notes.clone(),
        ];
        w.write_record(row.iter().map(|c| guard(c))).expect("in memory");
    }
    w.into_inner().expect("in memory")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unterminated_quote_and_a_column_named_twice_are_refused() {
        // The rest of the file would have become one English name, with nothing skipped.
        let text = "arabic,english\nبوتين,Putin\nبايدن,\"Biden\nكييف,Kyiv\nموسكو,Moscow\n";
        match read_csv(text.as_bytes()) {
            Err(Error::CsvUnterminatedQuote { line }) => assert_eq!(line, 3),
            other => panic!("{other:?}"),
        }
        // Quotes that close, doubled quotes, commas and line breaks inside them are fine.
        let fine =
            "arabic,english,notes\nبوتين,Putin,\"said \"\"yes\"\", then, no\nmore\"\nبايدن,Biden,a \"quote\" inside\n";
        let (entries, skipped) = read_csv(fine.as_bytes()).unwrap();
        assert_eq!((entries.len(), skipped.len()), (2, 0));
        assert_eq!(entries[0].notes, "said \"yes\", then, no\nmore");
        match read_csv(b"arabic,english,notes,Notes\n") {
            Err(Error::CsvDuplicateColumn { name, column }) => assert_eq!((name.as_str(), column), ("notes", 4)),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_sample_glossary_reads_and_finds_names_behind_clitics() {
        let csv = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/names.csv")).unwrap();
        let (entries, skipped) = read_csv(&csv).unwrap();
        assert!(skipped.is_empty(), "{skipped:?}");
        let kyiv = entries.iter().find(|e| e.english == "Kyiv").unwrap();
        assert_eq!((kyiv.kind, kyiv.deprecated.clone()), (NameType::Place, vec!["Kiev".to_owned()]));
        let index = crate::names::glossary::index(&entries);
        let found = index.find(crate::sample::SAMPLE_TEXT);
        let biden: Vec<&str> =
            found.iter().filter(|m| entries[m.name].english == "Joe Biden").map(|m| m.surface.as_str()).collect();
        assert!(biden.contains(&"وبايدن") && biden.contains(&"لبايدن") && biden.contains(&"جو بايدن"), "{biden:?}");
        assert!(found.iter().any(|m| m.surface == "كييف" && entries[m.name].english == "Kyiv"));
        assert!(found.iter().any(|m| m.surface == "للكرملين" || m.surface == "الكرملين"));
    }

    #[test]
    fn bad_rows_are_reported_by_line_and_the_rest_is_read() {
        let csv = "arabic,english,type,clitics\nبوتين,Putin,person,true\n,Nobody,person,true\nأمل,Amal,person,maybe\nكييف,Kyiv,planet,true\nموسكو,Moscow,place,\n";
        let (entries, skipped) = read_csv(csv.as_bytes()).unwrap();
        assert_eq!(entries.iter().map(|e| e.english.as_str()).collect::<Vec<_>>(), vec!["Putin", "Moscow"]);
        assert_eq!(skipped.iter().map(|s| s.line).collect::<Vec<_>>(), vec![3, 4, 5]);
        assert!(read_csv(b"name,translation\nx,y\n").is_err(), "no arabic/english columns: refused whole");
    }

    #[test]
    fn a_cell_starting_with_an_apostrophe_before_a_formula_character_round_trips() {
        // Found by fuzzing (issue 13): '=x was written as it was and read back as =x.
        let mut entry = read_csv("arabic,english\nبوتين,Putin\n".as_bytes()).unwrap().0.remove(0);
        entry.english = "'=Putin".into();
        entry.notes = "''-so".into();
        entry.deprecated = vec!["'@Putin".into(), "'=x".into()];
        let (again, _) = read_csv(&write_csv(std::slice::from_ref(&entry))).unwrap();
        assert_eq!(again, vec![entry]);
    }

    #[test]
    fn control_characters_xml_forbids_are_dropped() {
        // Found by fuzzing (issue 13): kept, they were lost on the way out to TBX.
        let (entries, _) = read_csv("arabic,english,notes\nبوتين\u{1},Pu\u{1b}tin, a\u{1}\n".as_bytes()).unwrap();
        assert_eq!((entries[0].arabic.as_str(), entries[0].english.as_str()), ("بوتين", "Putin"));
        assert_eq!(entries[0].notes, "a");
    }

    #[test]
    fn export_round_trips_and_defuses_formulas() {
        let (entries, _) = read_csv(
            "arabic,english,type,variants,notes\nبوتين,Putin,person,بوتين|فلاديمير,=HYPERLINK(\"x\")\n".as_bytes(),
        )
        .unwrap();
        let out = String::from_utf8(write_csv(&entries)).unwrap();
        assert!(out.contains("'=HYPERLINK"), "{out}");
        let (again, _) = read_csv(out.as_bytes()).unwrap();
        assert_eq!(again, entries, "the defused cell reads back as it was");
        assert_eq!(again[0].variants, vec!["بوتين", "فلاديمير"]);
        assert_eq!(again[0].english, "Putin");
    }
}
