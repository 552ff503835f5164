//! What a host web site chose when it embedded the app (`embed.js`, `docs/query-format.md`):
//! the host's origin, the audience, a preset municipality or region, a theme colour and the
//! compact layout. They are not answers: "Start again" keeps them, and every link the app
//! writes carries them, so the first click inside the host's frame does not lose them.

use super::MunicipalityCode;

/// The longest origin accepted (`https://` and a long host name with a port fit easily).
const MAX_ORIGIN_LEN: usize = 200;

/// Everything the host set; the default is a page that is not embedded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Embed {
    /// The page embedding the app: the only origin the app tells its height.
    pub origin: Option<EmbedOrigin>,
    pub audience: Option<Audience>,
    /// Counts as the municipality answer until the person gives another one.
    pub municipality: Option<MunicipalityCode>,
    pub region: Option<RegionCode>,
    pub accent: Option<AccentColour>,
    /// No site header and no intro: for a narrow sidebar.
    pub compact: bool,
}

/// The origin of the host page (`https://www.example.fi`, `http://127.0.0.1:8081`): scheme,
/// host and an optional port, lowercase, nothing else. Anything that could be a path, a
/// script URL or markup is refused, so the value is safe as a `postMessage` target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedOrigin(String);

impl EmbedOrigin {
    pub fn parse(text: &str) -> Option<EmbedOrigin> {
        if text.len() > MAX_ORIGIN_LEN {
            return None;
        }
        let rest = text.strip_prefix("https://").or_else(|| text.strip_prefix("http://"))?;
        let (host, port) = match rest.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (rest, None),
        };
        // Bytes only, no substring search or number parsing: each would add code to the
        // worker's wasm for this one use.
        let bytes = host.as_bytes();
        let edge = |byte: Option<&u8>| byte.is_none_or(|&b| b == b'.' || b == b'-');
        let host_ok = !edge(bytes.first())
            && !edge(bytes.last())
            && !bytes.windows(2).any(|pair| pair == b"..")
            && bytes
                .iter()
                .all(|&b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-');
        let port_ok = port.is_none_or(|port| {
            let digits = port.as_bytes();
            !digits.is_empty()
                && digits.len() <= 5
                && digits[0] != b'0'
                && digits.iter().all(u8::is_ascii_digit)
                && digits.iter().fold(0u32, |n, &d| n * 10 + u32::from(d - b'0')) <= 65_535
        });
        (host_ok && port_ok).then(|| EmbedOrigin(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Who the host's page is for. It narrows the services (and so the questions) the way an age
/// would, until the person gives their age, which then decides alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// Under 30: services only for older people are left out.
    Young,
    /// 30 and over: services only for young people (Ohjaamo and the like) are left out.
    Adults,
}

impl Audience {
    /// The oldest age counted as young, as Ohjaamo counts it (under 30).
    pub const YOUNG_MAX_AGE: u8 = 29;

    pub fn id(self) -> &'static str {
        match self {
            Audience::Young => "young",
            Audience::Adults => "adults",
        }
    }

    pub fn from_id(id: &str) -> Option<Audience> {
        [Audience::Young, Audience::Adults].into_iter().find(|audience| audience.id() == id)
    }

    /// Whether someone of this audience can be within the age limits `min..=max`.
    pub fn can_be_within(self, min: Option<u8>, max: Option<u8>) -> bool {
        match self {
            Audience::Young => min.is_none_or(|min| min <= Self::YOUNG_MAX_AGE),
            Audience::Adults => max.is_none_or(|max| max > Self::YOUNG_MAX_AGE),
        }
    }
}

/// A 2-digit region (maakunta) code such as `01` (Uusimaa). The type only promises the shape;
/// whether the region exists is checked against the geography.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RegionCode(String);

impl RegionCode {
    pub fn parse(text: &str) -> Option<RegionCode> {
        let shaped = text.len() == 2 && text.bytes().all(|byte| byte.is_ascii_digit());
        shaped.then(|| RegionCode(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The host's brand colour, as 6 lowercase hex digits without `#` (`0b4f8a`). It takes the
/// place of the app's primary colour: the header and buttons with white text on it, and links
/// on white and on the panels' light grey. A colour too light for any of these (WCAG AA, 4.5:1
/// for text) is refused, so a theme can never make the app unreadable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AccentColour([u8; 3]);

impl AccentColour {
    /// WCAG 2.1 AA for normal text.
    pub const MIN_CONTRAST: f64 = 4.5;
    /// The backgrounds the colour meets: the page and buttons' text (white), and the panels
    /// (`--color-surface` in `public/critical.css`).
    const MEETS: [[u8; 3]; 2] = [[0xff, 0xff, 0xff], [0xf3, 0xf6, 0xf9]];

    /// The shape only: 6 lowercase hex digits.
    pub fn parse_shape(text: &str) -> Option<AccentColour> {
        let shaped = text.len() == 6
            && text.bytes().all(|byte| byte.is_ascii_digit() || (b'a'..=b'f').contains(&byte));
        if !shaped {
            return None;
        }
        let channel = |at: usize| u8::from_str_radix(&text[at..at + 2], 16).ok();
        Some(AccentColour([channel(0)?, channel(2)?, channel(4)?]))
    }

    /// A well-shaped colour that is readable everywhere it is used.
    pub fn parse(text: &str) -> Option<AccentColour> {
        AccentColour::parse_shape(text).filter(|colour| colour.is_readable())
    }

    pub fn is_readable(self) -> bool {
        AccentColour::MEETS.into_iter().all(|other| contrast(self.0, other) >= Self::MIN_CONTRAST)
    }

    pub fn hex(self) -> String {
        // By hand: `format!("{:02x}")` would link the formatter's hex code into the worker.
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        self.0
            .iter()
            .flat_map(|channel| {
                [DIGITS[usize::from(channel >> 4)], DIGITS[usize::from(channel & 15)]]
            })
            .map(char::from)
            .collect()
    }
}

/// The WCAG 2.1 contrast ratio of two sRGB colours, from 1 to 21.
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    let (light, dark) = if la > lb { (la, lb) } else { (lb, la) };
    (light + 0.05) / (dark + 0.05)
}

fn relative_luminance(rgb: [u8; 3]) -> f64 {
    let linear = |channel: u8| {
        let c = f64::from(channel) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            pow_2_4((c + 0.055) / 1.055)
        }
    };
    0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2])
}

/// `x^2.4` for `x` in `[0.03, 1]`, as `x² · ⁵√(x²)` with Newton's method for the fifth root:
/// `f64::powf` would link libm's `pow` into the worker's wasm for this one use.
fn pow_2_4(x: f64) -> f64 {
    let square = x * x;
    let mut root = 1.0;
    for _ in 0..40 {
        let fourth = root * root * root * root;
        root = (4.0 * root + square / fourth) / 5.0;
    }
    square * root
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_power_is_exact_enough() {
        for step in 3..=100 {
            let x = f64::from(step) / 100.0;
            assert!((super::pow_2_4(x) - x.powf(2.4)).abs() < 1e-12, "{x}");
        }
    }

    use super::*;

    #[test]
    fn an_origin_is_scheme_host_and_port_and_nothing_else() {
        for good in [
            "https://www.hel.fi",
            "http://127.0.0.1:8081",
            "https://kunta-x.fi:443",
            "http://localhost:65535",
        ] {
            assert_eq!(EmbedOrigin::parse(good).map(|o| o.0), Some(good.to_owned()), "{good}");
        }
        for bad in [
            "",
            "javascript:alert(1)",
            "https://",
            "https://www.hel.fi/",
            "https://www.hel.fi/path",
            "https://WWW.HEL.FI",
            "https://a..b",
            "https://.hel.fi",
            "https://hel.fi:",
            "https://hel.fi:0",
            "https://hel.fi:65536",
            "https://hel.fi:80:80",
            "https://user@hel.fi",
            "ftp://hel.fi",
            "https://<script>",
            "*",
            "null",
        ] {
            assert_eq!(EmbedOrigin::parse(bad), None, "{bad}");
        }
        let long = format!("https://{}.fi", "a".repeat(200));
        assert_eq!(EmbedOrigin::parse(&long), None);
    }

    #[test]
    fn an_audience_rules_out_only_services_it_cannot_be_within() {
        use Audience::{Adults, Young};
        assert!(Young.can_be_within(Some(15), Some(29)));
        assert!(Young.can_be_within(None, None));
        assert!(Young.can_be_within(Some(29), None));
        assert!(!Young.can_be_within(Some(30), None));
        assert!(!Young.can_be_within(Some(63), Some(120)));
        assert!(Adults.can_be_within(None, None));
        assert!(Adults.can_be_within(Some(18), None));
        assert!(Adults.can_be_within(Some(15), Some(30)));
        assert!(!Adults.can_be_within(Some(15), Some(29)));
        assert!(!Adults.can_be_within(None, Some(17)));
    }

    #[test]
    fn contrast_follows_wcag() {
        assert!((contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 1e-9);
        assert!((contrast([255, 255, 255], [255, 255, 255]) - 1.0).abs() < 1e-9);
        // #767676 on white is the classic AA edge: 4.54:1.
        assert!((contrast([0x76, 0x76, 0x76], [255, 255, 255]) - 4.54).abs() < 0.01);
    }

    #[test]
    fn an_accent_too_light_for_text_is_refused() {
        assert_eq!(AccentColour::parse("0b4f8a").map(AccentColour::hex).as_deref(), Some("0b4f8a"));
        assert!(AccentColour::parse("006400").is_some(), "dark green");
        assert!(AccentColour::parse_shape("ffff00").is_some());
        assert_eq!(AccentColour::parse("ffff00"), None, "yellow on white");
        // Passes on white (4.54) but not on the panels' grey.
        assert_eq!(AccentColour::parse("767676"), None);
        for bad in ["0B4F8A", "#0b4f8a", "0b4f8", "0b4f8a0", "red", "gggggg", ""] {
            assert_eq!(AccentColour::parse_shape(bad), None, "{bad}");
        }
    }
}
