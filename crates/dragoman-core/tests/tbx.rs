//! TBX glossaries: what Dragoman writes is valid TBX v3 (TBX-Basic) and reads back as it was;
//! TBX v3 and v2 files from other tools import; dangerous or broken XML is refused whole.
//! The files from other tools are third-party corpora: those tests are `#[ignore]`d and run
//! by `make eval` (`$DRAGOMAN_CORPORA/04_formats/tbx`, set by `make eval`).
use std::path::PathBuf;
use std::process::Command;

use dragoman_core::formats::csv::read_csv;
use dragoman_core::formats::tbx;
use dragoman_core::names::glossary::{GlossaryEntry, NameType, SkipReason};
use dragoman_core::Error;

const NAMES_CSV: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/names.csv");
const TBX_RNG: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/schemas/TBXcoreStructV03.rng");

#[path = "support/eval.rs"]
mod eval;

/// `$DRAGOMAN_CORPORA/04_formats/tbx`.
fn tbx_corpus() -> PathBuf {
    eval::corpus("04_formats/tbx")
}

fn sample() -> Vec<GlossaryEntry> {
    let (entries, skipped) = read_csv(&std::fs::read(NAMES_CSV).unwrap()).unwrap();
    assert!(skipped.is_empty(), "{skipped:?}");
    assert!(entries.len() >= 10);
    entries
}

fn entry(arabic: &str, english: &str) -> GlossaryEntry {
    GlossaryEntry {
        arabic: arabic.to_owned(),
        variants: vec![],
        english: english.to_owned(),
        short: None,
        kind: NameType::Other,
        deprecated: vec![],
        clitics: true,
        not: vec![],
        notes: String::new(),
    }
}

/// Text that escaping, harakat and line endings could break, and every field in use.
fn awkward() -> Vec<GlossaryEntry> {
    vec![
        GlossaryEntry {
            arabic: "مُحَمَّد بْن سَلْمَان".to_owned(),
            variants: vec!["محمد بن سلمان".to_owned(), "ابن سلمان".to_owned(), "مُحَمَّد بْن سَلْمَان".to_owned()],
            english: r#"Mohammed bin Salman <&>"'"#.to_owned(),
            short: Some("MBS & \"co\"".to_owned()),
            kind: NameType::Person,
            deprecated: vec!["Muhammad <bin> Salman".to_owned(), "M.B.S.".to_owned()],
            clitics: false,
            not: vec!["سلمانة".to_owned(), "<&>".to_owned()],
            notes: "Crown prince; \"MBS\" <usually> & 'so on'\nsecond line\r\nthird\tline ]]> &amp; &#65; end"
                .to_owned(),
        },
        GlossaryEntry {
            notes: "dragoman:type=place, a note that looks like a field".to_owned(),
            kind: NameType::Organization,
            variants: vec!["إيه تي آند تي".to_owned()],
            ..entry("أيه تي أند تي", "AT&amp;T")
        },
        GlossaryEntry {
            kind: NameType::Place,
            short: None,
            notes: "=HYPERLINK(\"x\") — not a formula here".to_owned(),
            ..entry("عَمّان", "Amman")
        },
        entry("شيءٌ آخر", "<something else>"),
    ]
}

#[test]
fn the_sample_glossary_and_awkward_entries_round_trip() {
    let mut entries = sample();
    entries.extend(awkward());
    let bytes = tbx::write(&entries);
    let (back, skipped) = tbx::read(&bytes).unwrap();
    assert!(skipped.is_empty(), "{skipped:?}");
    assert_eq!(back.len(), entries.len());
    for (a, b) in entries.iter().zip(&back) {
        assert_eq!(a, b);
    }
    // The empty glossary too, and an empty short form is no short form.
    assert_eq!(tbx::read(&tbx::write(&[])).unwrap(), (vec![], vec![]));
    let empty_short = GlossaryEntry { short: Some(String::new()), ..entry("موسكو", "Moscow") };
    assert_eq!(tbx::read(&tbx::write(&[empty_short])).unwrap().0, vec![entry("موسكو", "Moscow")]);
}

#[test]
fn the_export_is_tbx_basic_with_the_mapping_documented() {
    let text = String::from_utf8(tbx::write(&awkward())).unwrap();
    assert!(text.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), "{text}");
    assert!(text.contains(r#"<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">"#));
    assert!(text.contains(
        "<?xml-model href=\"https://raw.githubusercontent.com/LTAC-Global/TBX_Core_RNG/master/TBXcoreStructV03.rng\""
    ));
    assert!(text.contains("TBX-Basic_DCA.sch"));
    assert!(text.contains("<term>Mohammed bin Salman &lt;&amp;&gt;&quot;&apos;</term>"), "{text}");
    assert!(text.contains("<term>AT&amp;amp;T</term>"));
    assert!(text.contains("&#13;"), "a CR survives XML end-of-line normalization");
    assert!(text.contains("<note>dragoman:type=person</note>"));
    assert!(text.contains("<note>dragoman:clitics=false</note>"));
    assert!(text.contains("<note>dragoman:not=سلمانة</note>"));
    assert!(text.contains("<note>dragoman:note=dragoman:type=place, a note"));
    assert!(text.contains("<termNote type=\"termType\">shortForm</termNote>"));
    assert!(text.contains("<termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>"));

    // The TBX-Basic DCA dialect rules (TBX-Basic_DCA.sch needs XSLT 2, which xmllint lacks):
    // the data categories and picklist values used are the permitted ones.
    let allowed = [
        (
            "administrativeStatus",
            &["admittedTerm-admn-sts", "deprecatedTerm-admn-sts", "supersededTerm-admn-sts", "preferredTerm-admn-sts"]
                [..],
        ),
        ("partOfSpeech", &["adjective", "noun", "other", "verb", "adverb"][..]),
        ("termType", &["fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"][..]),
    ];
    let mut notes = 0;
    for part in text.split("<termNote type=\"").skip(1) {
        let (kind, rest) = part.split_once("\">").unwrap();
        let value = rest.split_once("</termNote>").unwrap().0;
        let values = allowed
            .iter()
            .find(|(k, _)| *k == kind)
            .unwrap_or_else(|| panic!("termNote type {kind} is not TBX-Basic"))
            .1;
        assert!(values.contains(&value), "{kind}={value}");
        notes += 1;
    }
    assert!(notes > 10);
    for forbidden in ["<descrip", "<admin", "<ref", "<xref", "<transac"] {
        assert!(!text.contains(forbidden), "{forbidden}");
    }
}

fn xmllint_relaxng(bytes: &[u8]) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("export.tbx");
    std::fs::write(&file, bytes).unwrap();
    let out = Command::new("xmllint")
        .args(["--noout", "--relaxng", TBX_RNG])
        .arg(&file)
        .output()
        .expect("xmllint (Debian package libxml2-utils) must be installed");
    assert!(
        out.status.success(),
        "xmllint: {}\n{}",
        String::from_utf8_lossy(&out.stderr),
        String::from_utf8_lossy(bytes)
    );
}

#[test]
fn the_export_validates_against_the_tbx_v3_core_schema() {
    let mut entries = sample();
    entries.extend(awkward());
    xmllint_relaxng(&tbx::write(&entries));
    xmllint_relaxng(&tbx::write(&[]));
}

fn corpus_files() -> Vec<PathBuf> {
    let dir = tbx_corpus();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e} (the TBX corpus is set with DRAGOMAN_CORPORA)", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "tbx"))
        .collect();
    files.sort();
    files
}

#[test]
#[ignore = "eval: needs $DRAGOMAN_CORPORA/04_formats/tbx; run by `make eval`"]
fn every_tbx_file_in_the_corpus_reads() {
    let files = corpus_files();
    assert!(files.len() >= 6, "{files:?}");
    for path in files {
        let bytes = std::fs::read(&path).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let in_file = text.matches("<conceptEntry").count() + text.matches("<termEntry").count();
        let name = path.file_name().unwrap().to_string_lossy();
        let (entries, skipped) = tbx::read(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        eprintln!("{name}: {in_file} entries in the file, {} imported, {} skipped", entries.len(), skipped.len());
        assert!(in_file > 0, "{name}");
        assert_eq!(entries.len() + skipped.len(), in_file, "{name}");
        // None of these files has Arabic terms: every entry is skipped for that.
        assert!(entries.is_empty(), "{name}: {entries:?}");
        assert!(skipped.iter().all(|s| s.reason == SkipReason::NoArabic), "{name}: {skipped:?}");
        // Each skip points at the line where its entry starts.
        let lines: Vec<&str> = text.lines().collect();
        for s in &skipped {
            let line = lines[s.line as usize - 1];
            assert!(
                line.contains("<conceptEntry") || line.contains("<termEntry"),
                "{name}: line {} is {line:?}",
                s.line
            );
        }
        assert!(skipped.windows(2).all(|w| w[0].line < w[1].line), "{name}");
    }
}

#[test]
#[ignore = "eval: needs $DRAGOMAN_CORPORA/04_formats/tbx; run by `make eval`"]
fn corpus_entries_with_an_arabic_language_added_import() {
    // The corpus has no Arabic: relabel a language of each file as Arabic (hu, cs, fr, es) to
    // exercise real files' structure (DCA and DCT styles, tig, ntig/termGrp, BOM, DOCTYPE).
    for path in corpus_files() {
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let relabelled = ["hu", "cs", "fr", "es"]
            .iter()
            .fold(text.clone(), |t, l| t.replace(&format!("xml:lang=\"{l}\""), "xml:lang=\"ar-EG\""));
        let (entries, skipped) = tbx::read(relabelled.as_bytes()).unwrap();
        let in_file = text.matches("<conceptEntry").count() + text.matches("<termEntry").count();
        eprintln!(
            "{name} with Arabic: {} imported, {} skipped {:?}",
            entries.len(),
            skipped.len(),
            skipped.iter().map(|s| s.reason).collect::<Vec<_>>()
        );
        assert_eq!(entries.len() + skipped.len(), in_file, "{name}");
        assert!(!entries.is_empty(), "{name}: {skipped:?}");
        assert!(entries.iter().all(|e| !e.arabic.is_empty() && !e.english.is_empty()), "{name}");
    }
}

#[test]
#[ignore = "eval: needs $DRAGOMAN_CORPORA/04_formats/tbx; run by `make eval`"]
fn the_ltac_sample_maps_statuses_and_notes() {
    let text = std::fs::read_to_string(tbx_corpus().join("ltac_TBX-Basic_Example_Astronomy_DCA_VALID.tbx")).unwrap();
    let (entries, _) = tbx::read(text.replace("xml:lang=\"es\"", "xml:lang=\"ar\"").as_bytes()).unwrap();
    let c1 = &entries[0];
    assert_eq!(c1.english, "open cluster");
    assert!(c1.deprecated.contains(&"galactic cluster".to_owned()), "superseded counts as deprecated: {c1:?}");
    assert!(c1.notes.contains("G-Source:"), "{c1:?}");
    let dct = std::fs::read_to_string(tbx_corpus().join("ltac_TBX-Basic_Example_Astronomy_DCT_VALID.tbx")).unwrap();
    let (dct_entries, _) = tbx::read(dct.replace("xml:lang=\"es\"", "xml:lang=\"ar\"").as_bytes()).unwrap();
    assert_eq!(dct_entries[0].english, c1.english);
    assert_eq!(dct_entries[0].arabic, c1.arabic);
    assert_eq!(dct_entries[0].deprecated, c1.deprecated, "DCT elements read like their DCA forms");
    // The two files hold the same terms (their notes differ a little).
    let terms = |e: &GlossaryEntry| {
        (e.arabic.clone(), e.variants.clone(), e.english.clone(), e.short.clone(), e.deprecated.clone())
    };
    assert_eq!(dct_entries.iter().map(terms).collect::<Vec<_>>(), entries.iter().map(terms).collect::<Vec<_>>());
    // Line breaks and indentation of a pretty-printed file are layout, not text.
    assert!(c1.notes.contains("A group of stars formed together in the spiral arms of a galaxy.\n"), "{:?}", c1.notes);
}

const V2: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="en">
  <martifHeader><fileDesc><sourceDesc><p>hand-written</p></sourceDesc></fileDesc></martifHeader>
  <text>
    <body>
      <termEntry id="kyiv">
        <descrip type="definition">Capital of Ukraine</descrip>
        <langSet xml:lang="ar-EG">
          <tig><term>كيف</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>
          <tig><term>كييف</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        </langSet>
        <langSet xml:lang="en-US">
          <tig><term>Kiev</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
          <tig><term>Kyiv</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote><note>AP style since 2019</note></tig>
        </langSet>
      </termEntry>
      <termEntry id="un">
        <langSet xml:lang="ar">
          <ntig><termGrp><term>الأمم المتحدة</term></termGrp></ntig>
        </langSet>
        <langSet xml:lang="en-GB">
          <ntig><termGrp><term>UN</term><termNote type="termType">abbreviation</termNote></termGrp></ntig>
          <ntig><termGrp><term>the United Nations</term><termNote type="termType">fullForm</termNote></termGrp><note>dragoman:type=organization</note></ntig>
        </langSet>
      </termEntry>
      <termEntry id="no-english">
        <langSet xml:lang="ar"><tig><term>مجهول</term></tig></langSet>
        <langSet xml:lang="fr"><tig><term>inconnu</term></tig></langSet>
      </termEntry>
      <termEntry id="no-arabic">
        <langSet xml:lang="en"><tig><term>unknown</term></tig></langSet>
      </termEntry>
      <termEntry id="only-deprecated-english">
        <langSet xml:lang="ar"><tig><term>بومباي</term></tig></langSet>
        <langSet xml:lang="en"><tig><term>Bombay</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet>
      </termEntry>
    </body>
  </text>
</martif>
"#;

#[test]
fn a_v2_martif_file_with_arabic_imports_with_the_right_fields() {
    let (entries, skipped) = tbx::read(V2.as_bytes()).unwrap();
    assert_eq!(
        entries[0],
        GlossaryEntry {
            arabic: "كييف".to_owned(),
            variants: vec!["كيف".to_owned()],
            english: "Kyiv".to_owned(),
            short: None,
            kind: NameType::Other,
            deprecated: vec!["Kiev".to_owned()],
            clitics: true,
            not: vec![],
            notes: "Capital of Ukraine\nAP style since 2019".to_owned(),
        }
    );
    assert_eq!(
        entries[1],
        GlossaryEntry {
            short: Some("UN".to_owned()),
            kind: NameType::Organization,
            ..entry("الأمم المتحدة", "the United Nations")
        }
    );
    assert_eq!(entries.len(), 2);
    let line_of =
        |id: &str| V2.lines().position(|l| l.contains(&format!("<termEntry id=\"{id}\""))).unwrap() as u64 + 1;
    let got: Vec<(u64, SkipReason, &str)> = skipped.iter().map(|s| (s.line, s.reason, s.detail.as_str())).collect();
    assert_eq!(
        got,
        vec![
            (line_of("no-english"), SkipReason::NoEnglish, "no-english"),
            (line_of("no-arabic"), SkipReason::NoArabic, "no-arabic"),
            (line_of("only-deprecated-english"), SkipReason::NoEnglish, "only-deprecated-english"),
        ]
    );
    // A UTF-8 BOM and a PUBLIC doctype without internal subset change nothing.
    let public = V2.replace(
        r#"SYSTEM "TBXcoreStructV02.dtd""#,
        r#"PUBLIC "ISO 12200:1999A//DTD MARTIF core (DXFcdV04)//EN" "TBXcdv04.dtd""#,
    );
    let with_bom = [&b"\xEF\xBB\xBF"[..], public.as_bytes()].concat();
    assert_eq!(tbx::read(&with_bom).unwrap(), (entries, skipped));
}

#[test]
fn a_v3_dct_file_with_arabic_imports() {
    let xml = r#"<?xml version="1.0"?>
<tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2" xmlns:min="http://www.tbxinfo.net/ns/min" xmlns:basic="http://www.tbxinfo.net/ns/basic">
<tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
<text><body>
<conceptEntry id="nato">
  <langSec xml:lang="ar"><termSec><term>حلف <hi type="bold">الناتو</hi></term><min:administrativeStatus>preferredTerm-admn-sts</min:administrativeStatus></termSec></langSec>
  <langSec xml:lang="en"><descripGrp><basic:definition>Military alliance</basic:definition></descripGrp>
    <termSec><term>NATO</term><basic:termType>acronym</basic:termType></termSec>
    <termSec><term>North Atlantic Treaty Organization</term><basic:termType>fullForm</basic:termType></termSec>
  </langSec>
</conceptEntry>
</body></text></tbx>"#;
    let (entries, skipped) = tbx::read(xml.as_bytes()).unwrap();
    assert!(skipped.is_empty());
    assert_eq!(
        entries,
        vec![GlossaryEntry {
            short: Some("NATO".to_owned()),
            notes: "Military alliance".to_owned(),
            ..entry("حلف الناتو", "North Atlantic Treaty Organization")
        }]
    );
}

#[test]
fn external_entities_and_entity_expansion_are_refused() {
    let xxe = r#"<?xml version="1.0"?>
<!DOCTYPE martif [<!ENTITY e SYSTEM "file:///etc/passwd">]>
<martif type="TBX"><text><body><termEntry id="a"><langSet xml:lang="ar"><tig><term>&e;</term></tig></langSet><langSet xml:lang="en"><tig><term>x</term></tig></langSet></termEntry></body></text></martif>"#;
    assert!(matches!(tbx::read(xxe.as_bytes()), Err(Error::XmlDtd)));

    let mut laughs = String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [\n<!ENTITY lol \"lol\">\n");
    for i in 1..10 {
        let prev = if i == 1 { "lol".to_owned() } else { format!("lol{}", i - 1) };
        laughs.push_str(&format!("<!ENTITY lol{i} \"{}\">\n", format!("&{prev};").repeat(10)));
    }
    laughs.push_str("]>\n<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\"><text><body><conceptEntry id=\"c\"><note>&lol9;</note></conceptEntry></body></text></tbx>");
    assert!(matches!(tbx::read(laughs.as_bytes()), Err(Error::XmlDtd)));

    // An internal subset without entities, and an entity declaration outside any DOCTYPE.
    assert!(matches!(tbx::read(b"<!DOCTYPE martif [<!ELEMENT martif ANY>]><martif/>"), Err(Error::XmlDtd)));
    assert!(matches!(tbx::read(b"<martif><!ENTITY x \"y\"></martif>"), Err(Error::XmlDtd)));
    // Without a DTD, a reference to an undeclared entity is malformed, not resolved.
    let nbsp = V2.replace("Capital of Ukraine", "Capital&nbsp;of Ukraine");
    assert!(matches!(tbx::read(nbsp.as_bytes()), Err(Error::XmlMalformed(_))));
    // An external DTD is never fetched: what it might declare stays undeclared.
    let external = xxe.replace(r#"[<!ENTITY e SYSTEM "file:///etc/passwd">]"#, r#"SYSTEM "file:///etc/passwd""#);
    assert!(external.contains("<!DOCTYPE martif SYSTEM \"file:///etc/passwd\">"), "{external}");
    assert!(matches!(tbx::read(external.as_bytes()), Err(Error::XmlMalformed(_))));
}

#[test]
fn truncated_xml_is_malformed_wherever_it_stops() {
    let text = String::from_utf8(tbx::write(&awkward())).unwrap();
    let root = text.find("<tbx ").unwrap();
    let trimmed_len = text.trim_end().len();
    let mut cuts = 0;
    for cut in (root + 1..trimmed_len).step_by(37).filter(|&i| text.is_char_boundary(i)) {
        match tbx::read(&text.as_bytes()[..cut]) {
            Err(Error::XmlMalformed(_)) => cuts += 1,
            other => panic!("cut at {cut}: {other:?}\n{}", &text[..cut]),
        }
    }
    assert!(cuts > 50);
    let v2_cut = &V2[..V2.find("<termEntry id=\"un\">").unwrap()];
    assert!(matches!(tbx::read(v2_cut.as_bytes()), Err(Error::XmlMalformed(_))));
    assert!(matches!(tbx::read(b"<martif><text></body></martif>"), Err(Error::XmlMalformed(_))), "mismatched end tag");
}

#[test]
fn other_xml_and_html_are_not_tbx() {
    let xliff = r#"<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="ar" datatype="plaintext"><body/></file></xliff>"#;
    assert!(matches!(tbx::read(xliff.as_bytes()), Err(Error::NotTbx)));
    assert!(matches!(tbx::read(b"<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>"), Err(Error::NotTbx)));
    let html = "<!DOCTYPE html>\n<html lang=\"ar\"><head><meta charset=\"utf-8\"><title>خبر</title></head><body><p>نص<br>الخبر</p></body></html>";
    assert!(matches!(tbx::read(html.as_bytes()), Err(Error::NotTbx | Error::XmlMalformed(_))));
    assert!(matches!(tbx::read(b""), Err(Error::NotTbx)));
    assert!(matches!(
        tbx::read("arabic,english\nبوتين,Putin\n".as_bytes()),
        Err(Error::NotTbx | Error::XmlMalformed(_))
    ));
    assert!(matches!(tbx::read(b"<martif>\xFF</martif>"), Err(Error::BadEncoding)));
}

#[test]
fn oversized_input_is_refused_before_parsing() {
    let big = vec![b' '; dragoman_core::MAX_IMPORT_BYTES + 1];
    assert!(matches!(tbx::read(&big), Err(Error::TooLarge { .. })));
}
