use std::path::Path;

use super::*;

fn sources(fi: &str, sv: &str, en: &str, plain: Option<&str>) -> Sources {
    Sources {
        langs: vec![("fi".into(), fi.into()), ("sv".into(), sv.into()), ("en".into(), en.into())],
        plain_fi: plain.map(str::to_owned),
    }
}

fn problems(sources: &Sources) -> Vec<String> {
    check(sources).expect_err("the files have a problem")
}

#[test]
fn messages_compile_with_placeholders_comments_and_plain_finnish() {
    let catalog = check(&sources(
        "# Distance to a visit point.\ndistance = { $km } km päässä\nempty = { \"\" }\n",
        "distance = { $km } km bort\nempty = { \"\" }\n",
        "distance = { $km } km away\nempty = { \"\" }\n",
        Some("distance = { $km } kilometrin päässä\n"),
    ))
    .expect("valid files");
    assert_eq!(
        catalog.messages[0],
        Message {
            key: "distance".into(),
            comment: vec!["Distance to a visit point.".into()],
            texts: ["{km} km päässä".into(), "{km} km bort".into(), "{km} km away".into()],
            plain_fi: Some("{km} kilometrin päässä".into()),
        }
    );
    assert_eq!(catalog.messages[1].texts, ["", "", ""]);
    assert_eq!(catalog.messages[1].plain_fi, None);
}

#[test]
fn a_message_missing_from_a_language_names_the_file_and_the_message() {
    let found = problems(&sources("a = A\nb = B\n", "a = A\n", "a = A\nb = B\n", None));
    assert_eq!(found, ["sv.ftl: message `b` is missing (it is in fi.ftl:2)"]);
}

#[test]
fn a_message_only_in_a_translation_is_refused() {
    let found = problems(&sources("a = A\n", "a = A\n", "a = A\nextra = X\n", None));
    assert_eq!(found.len(), 1);
    assert!(found[0].starts_with("en.ftl:2: message `extra` is not in fi.ftl"), "{found:?}");
}

#[test]
fn placeholders_must_match_the_finnish_ones() {
    let found = problems(&sources(
        "a = { $km } km\n",
        "a = { $kilometres } km\n",
        "a = km\n",
        Some("a = { $km } { $extra }\n"),
    ));
    assert_eq!(
        found,
        [
            "sv.ftl:1: message `a` has placeholders { $kilometres } but fi.ftl has { $km }",
            "en.ftl:1: message `a` has placeholders none but fi.ftl has { $km }",
            "fi-x-selko.ftl:1: message `a` has placeholders { $extra }, { $km } but fi.ftl has { $km }",
        ]
    );
}

#[test]
fn plain_finnish_may_only_give_messages_finnish_has() {
    let found = problems(&sources("a = A\n", "a = A\n", "a = A\n", Some("b = B\n")));
    assert!(found[0].starts_with("fi-x-selko.ftl:1: message `b` is not in fi.ftl"), "{found:?}");
}

#[test]
fn one_finnish_text_has_one_plain_version() {
    let found = problems(&sources(
        "a = Jatka\nb = Jatka\n",
        "a = Fortsätt\nb = Fortsätt\n",
        "a = Continue\nb = Next\n",
        Some("a = Mene eteenpäin\nb = Jatka eteenpäin\n"),
    ));
    assert_eq!(
        found,
        ["fi-x-selko.ftl: `b` and `a` have the same Finnish text but different plain versions; give them the same one"]
    );
}

#[test]
fn unsupported_fluent_is_refused_with_its_place() {
    let fi = "# One.\nterm-user = { -brand } x\n-brand = Suunta\nwith-attribute = A\n    .title = T\nplural = { $n ->\n    [one] yksi\n   *[other] monta\n}\nfunction = { NUMBER($n) }\nBadCase = x\ntwice = 1\ntwice = 2\n";
    let found = problems(&sources(fi, fi, fi, None));
    for expected in [
        "fi.ftl:2: `term-user`: only { $variable }",
        "fi.ftl: term `-brand`: terms are not supported",
        "fi.ftl:4: `with-attribute`: attributes are not supported",
        "fi.ftl:6: `plural`: selectors are not supported yet",
        "fi.ftl:10: `function`: only { $variable }",
        "fi.ftl:11: `BadCase`: write identifiers in lowercase kebab-case",
        "fi.ftl:12: message `twice` is defined twice",
    ] {
        assert!(
            found.iter().any(|problem| problem.starts_with(expected)),
            "{expected}\nin {found:#?}"
        );
    }
}

#[test]
fn a_syntax_error_gives_line_and_column() {
    let found = problems(&sources("a = A\nb\n", "a = A\n", "a = A\n", None));
    assert!(found.iter().any(|problem| problem.starts_with("fi.ftl:2:2: ")), "{found:?}");
}

/// The translation files the app is built from, one directory per crate that shows words.
fn shipped() -> Vec<(String, Sources)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    ["locales", "crates/suunta-screens/locales", "crates/suunta-core/locales"]
        .iter()
        .map(|dir| {
            (dir.to_string(), Sources::read(&root.join(dir)).expect("the shipped files read"))
        })
        .collect()
}

#[test]
fn the_shipped_translation_files_are_complete() {
    for (dir, sources) in shipped() {
        let catalog = check(&sources).unwrap_or_else(|problems| panic!("{dir}: {problems:#?}"));
        assert!(catalog.messages.len() > 20, "{dir} has its messages");
    }
}

/// Drops the message `key` (its line and its indented continuation lines) from a file's text.
fn without(text: &str, key: &str) -> String {
    let mut kept = String::new();
    let mut dropping = false;
    for line in text.lines() {
        if line.strip_prefix(key).is_some_and(|rest| rest.trim_start().starts_with('=')) {
            dropping = true;
            continue;
        }
        if dropping && (line.starts_with(' ') || line.trim() == "}") {
            continue;
        }
        dropping = false;
        kept.push_str(line);
        kept.push('\n');
    }
    kept
}

#[test]
fn removing_any_shipped_message_from_any_language_fails_the_check() {
    for (dir, sources) in shipped() {
        let catalog = check(&sources).expect("complete");
        for message in &catalog.messages {
            for lang in 1..3 {
                let mut cut =
                    Sources { langs: sources.langs.clone(), plain_fi: sources.plain_fi.clone() };
                let (tag, text) = &sources.langs[lang];
                cut.langs[lang].1 = without(text, &message.key);
                let expected = format!("{tag}.ftl: message `{}` is missing", message.key);
                match check(&cut) {
                    Ok(_) => panic!("{dir}: {tag}.ftl without `{}` passed the check", message.key),
                    Err(found) => assert!(
                        found.iter().any(|problem| problem.starts_with(&expected)),
                        "{dir}: {expected}\nin {found:#?}"
                    ),
                }
            }
        }
    }
}
