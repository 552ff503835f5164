//! The QR code of a page's address, so a kiosk visitor can take the result along on a phone.
//! Drawn as one SVG path of the dark modules, a row's neighbouring modules merged into one
//! rectangle, which keeps the path short (a results address gives about 1.5 KB).

use qrcodegen::QrCodeEcc;

use crate::message::QrCode;

/// None when `text` is too long for a QR code (about 2,300 bytes at this error correction).
pub fn qr_code(text: &str) -> Option<QrCode> {
    // Medium error correction: still reads from a scratched kiosk screen or a creased printout.
    let code = qrcodegen::QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let run = (x..size).take_while(|&right| code.get_module(right, y)).count();
            path.push_str(&format!("M{x} {y}h{run}v1h-{run}z"));
            x += run as i32;
        }
    }
    Some(QrCode { size: u32::try_from(size).ok()?, path })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The dark modules a path draws, read back from its rectangles.
    fn modules_drawn(code: &QrCode) -> Vec<bool> {
        let size = code.size as usize;
        let mut grid = vec![false; size * size];
        for rectangle in code.path.split('z').filter(|part| !part.is_empty()) {
            let numbers: Vec<usize> = rectangle
                .split(|c: char| !c.is_ascii_digit())
                .filter(|part| !part.is_empty())
                .map(|part| part.parse().unwrap())
                .collect();
            let [x, y, run, one, back] = numbers[..] else { panic!("{rectangle}") };
            assert_eq!((one, back), (1, run), "{rectangle}");
            grid[y * size + x..y * size + x + run].iter_mut().for_each(|module| *module = true);
        }
        grid
    }

    #[test]
    fn the_path_draws_exactly_the_dark_modules() {
        let text =
            "https://suunta.example/?lang=sv&age=19&municipality=905&needs=work,study&done=1";
        let code = qr_code(text).expect("a short address fits");
        let expected = qrcodegen::QrCode::encode_text(text, QrCodeEcc::Medium).unwrap();
        assert_eq!(code.size as i32, expected.size());
        let size = expected.size();
        let dark: Vec<bool> = (0..size)
            .flat_map(|y| (0..size).map(move |x| (x, y)))
            .map(|(x, y)| expected.get_module(x, y))
            .collect();
        assert_eq!(modules_drawn(&code), dark);
    }

    #[test]
    fn a_code_has_its_three_finder_patterns() {
        let code = qr_code("https://suunta.example/?urgent=1").unwrap();
        let size = code.size as usize;
        let grid = modules_drawn(&code);
        let dark = |x: usize, y: usize| grid[y * size + x];
        for (left, top) in [(0, 0), (size - 7, 0), (0, size - 7)] {
            // A dark ring, a light ring, a dark 3 × 3 centre.
            assert!((0..7).all(|i| dark(left + i, top) && dark(left + i, top + 6)));
            assert!((1..6).all(|i| !dark(left + i, top + 1) && !dark(left + 1, top + i)));
            assert!((2..5).all(|i| (2..5).all(|j| dark(left + i, top + j))));
        }
    }

    #[test]
    fn text_too_long_for_any_qr_code_gives_none() {
        assert_eq!(qr_code(&"a".repeat(5_000)), None);
        assert!(qr_code("").is_some(), "an empty text is still a (tiny) code");
    }
}
