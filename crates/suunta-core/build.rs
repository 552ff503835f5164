fn main() {
    suunta_l10n::compile(
        std::path::Path::new("locales"),
        "l10n.rs",
        "crate::words::Words",
        suunta_l10n::Output::Constants,
    );
}
