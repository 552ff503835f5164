//! What a service point's staff set when they put the app on a lobby screen (`kiosk=1`,
//! `docs/query-format.md`, README "Kiosk"): the kiosk mode itself, the service point's own
//! service, how long the screen waits before it offers to start again, and larger text. Like
//! the host's choices they are not answers: "Start again" and the kiosk's reset keep them, and
//! every link the app writes carries them.

use super::ServiceId;

/// Everything the staff set; the default is a page that is not a kiosk.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Kiosk {
    /// Kiosk mode: idle reset, no links out of the app, "Start again" on every page.
    pub on: bool,
    /// The service point's own service, highlighted in the results ("you are here").
    pub here: Option<ServiceId>,
    /// Seconds without input before the countdown to the reset appears; None is the default.
    pub idle: Option<IdleSeconds>,
    /// Larger text for a screen read standing up.
    pub large_text: bool,
}

impl Kiosk {
    /// Only in kiosk mode does "you are here" mean anything.
    pub fn here(&self) -> Option<&ServiceId> {
        self.here.as_ref().filter(|_| self.on)
    }
}

/// How long a kiosk waits without input, in whole seconds, within [`IdleSeconds::MIN`] and
/// [`IdleSeconds::MAX`]. `public/kiosk.js` applies the same rule to the same value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IdleSeconds(u16);

impl IdleSeconds {
    /// Shorter, and a visitor reading a service's page would be interrupted.
    pub const MIN: u16 = 30;
    /// Longer, and the next visitor would find the last one's answers.
    pub const MAX: u16 = 600;
    pub const DEFAULT: u16 = 90;

    /// Digits only, no sign or leading zero, within the limits.
    pub fn parse(text: &str) -> Option<IdleSeconds> {
        let digits = text.as_bytes();
        let shaped = !digits.is_empty()
            && digits.len() <= 3
            && digits[0] != b'0'
            && digits.iter().all(u8::is_ascii_digit);
        if !shaped {
            return None;
        }
        let seconds = digits.iter().fold(0u16, |n, &d| n * 10 + u16::from(d - b'0'));
        (Self::MIN..=Self::MAX).contains(&seconds).then_some(IdleSeconds(seconds))
    }

    pub fn seconds(self) -> u16 {
        self.0
    }
}

/// The one value of `kiosk_text`.
pub const LARGE_TEXT: &str = "large";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idle_time_is_whole_seconds_within_the_limits() {
        let check = |text: &str| IdleSeconds::parse(text).map(IdleSeconds::seconds);
        assert_eq!(check("30"), Some(30));
        assert_eq!(check("90"), Some(90));
        assert_eq!(check("600"), Some(600));
        for refused in ["29", "601", "0", "090", "-90", "+90", "90s", "", "9000", "1e2", " 90"] {
            assert_eq!(check(refused), None, "{refused:?}");
        }
    }

    #[test]
    fn you_are_here_counts_only_in_kiosk_mode() {
        let here = ServiceId::parse("ohjaamo-helsinki");
        let off = Kiosk { here: here.clone(), ..Kiosk::default() };
        assert_eq!(off.here(), None);
        let on = Kiosk { on: true, here, ..Kiosk::default() };
        assert_eq!(on.here().map(ServiceId::as_str), Some("ohjaamo-helsinki"));
    }
}
