//! The locales must agree: the same files, message ids, attributes and variables in
//! `locales/en` and `locales/ar`. Arabic may have more plural variants than English.
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use fluent_syntax::parser;

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

#[derive(Debug, Default, PartialEq)]
struct Shape {
    attributes: BTreeSet<String>,
    variables: BTreeSet<String>,
    has_value: bool,
}

fn collect_pattern(p: &ast::Pattern<String>, vars: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            collect_expr(expression, vars);
        }
    }
}

fn collect_inline(e: &ast::InlineExpression<String>, vars: &mut BTreeSet<String>) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.clone());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                collect_inline(a, vars);
            }
            for n in &arguments.named {
                collect_inline(&n.value, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => collect_expr(expression, vars),
        _ => {}
    }
}

fn collect_expr(e: &ast::Expression<String>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, vars);
            for v in variants {
                collect_pattern(&v.value, vars);
            }
        }
        ast::Expression::Inline(i) => collect_inline(i, vars),
    }
}

fn shapes(lang: &str) -> (BTreeSet<String>, BTreeMap<String, Shape>) {
    let dir = locales_dir().join(lang);
    let mut files = BTreeSet::new();
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("ftl") {
            continue;
        }
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let resource =
            parser::parse(text).unwrap_or_else(|(_, errs)| panic!("{lang}/{name} has syntax errors: {errs:?}"));
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut shape = Shape { has_value: m.value.is_some(), ..Default::default() };
                if let Some(v) = &m.value {
                    collect_pattern(v, &mut shape.variables);
                }
                for a in &m.attributes {
                    shape.attributes.insert(a.id.name.clone());
                    collect_pattern(&a.value, &mut shape.variables);
                }
                let id = m.id.name.clone();
                assert!(out.insert(id.clone(), shape).is_none(), "{lang}: {id} defined twice");
            }
        }
        files.insert(name);
    }
    (files, out)
}

#[test]
fn english_and_arabic_have_the_same_files_messages_attributes_and_variables() {
    let (en_files, en) = shapes("en");
    let (ar_files, ar) = shapes("ar");
    assert_eq!(en_files, ar_files, "locales/en and locales/ar hold different .ftl files");
    let en_ids: BTreeSet<_> = en.keys().collect();
    let ar_ids: BTreeSet<_> = ar.keys().collect();
    let only_en: Vec<_> = en_ids.difference(&ar_ids).collect();
    let only_ar: Vec<_> = ar_ids.difference(&en_ids).collect();
    assert!(only_en.is_empty(), "messages missing from locales/ar: {only_en:?}");
    assert!(only_ar.is_empty(), "messages missing from locales/en: {only_ar:?}");
    for (id, shape) in &en {
        assert_eq!(shape, &ar[id], "message {id} differs between en and ar");
    }
    assert!(en.len() > 40, "expected the full interface, found {} messages", en.len());
}

#[test]
fn every_locale_file_is_embedded_in_the_rust_side() {
    for lang in ["en", "ar"] {
        let (files, _) = shapes(lang);
        for f in files {
            assert!(
                dragoman_l10n::SOURCES.iter().any(|(l, name, _)| l.code() == lang && *name == f),
                "locales/{lang}/{f} is not in dragoman_l10n::SOURCES"
            );
        }
    }
}
