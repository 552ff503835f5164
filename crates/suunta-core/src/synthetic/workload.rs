//! The fixed work every matching benchmark times, native or in the browser: catalogue sizes,
//! the answers of five typical visitors, and the wall-clock moment they ask at.

/// Catalogue sizes: about today's catalogue, the budget's 3,000, and a generous ceiling.
pub const SIZES: [usize; 3] = [300, 3_000, 10_000];

/// Answers as the app's URL query carries them: a young job seeker in Helsinki, an adult
/// career changer, a Swedish-speaking student, someone who skips everything, and "help now".
pub const QUERIES: [&str; 5] = [
    "age=19&municipality=091&situation=looking-for-work&needs=work&reach=visit&service_lang=fi",
    "age=45&municipality=179&situation=looking-for-work&needs=work,career",
    "lang=sv&age=22&municipality=638&needs=study,career,unsure&service_lang=sv",
    "age=skip&municipality=skip&needs=unsure&reach=skip&service_lang=skip",
    "urgent=1&age=17&municipality=890",
];

/// A weekday noon in Helsinki, so the open-now rule does real work.
pub const NOW: &str = "2026-11-25T12:00";
