fn main() {
    suunta_l10n::compile(
        std::path::Path::new("locales"),
        "say.rs",
        "suunta_core::words::Words",
        suunta_l10n::Output::Enum("Say"),
    );
}
