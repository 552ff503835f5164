fn main() {
    suunta_l10n::compile(
        std::path::Path::new("locales"),
        "msg.rs",
        "suunta_core::words::Words",
        suunta_l10n::Output::Enum("Msg"),
    );
}
