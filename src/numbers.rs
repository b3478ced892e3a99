//! Numbers as text, without the standard library's float formatting: the browser build
//! carries no float-to-decimal machinery for the few figures it shows.

/// `x` with `decimals` digits after the point (at most 6), rounded half away from zero;
/// `plus` puts a `+` before positive values. Not-a-number and infinities print as `0`.
pub fn fixed(x: f64, decimals: u32, plus: bool) -> String {
    if !x.is_finite() {
        return "0".into();
    }
    let decimals = decimals.min(6);
    let scale = 10u64.pow(decimals);
    let scaled = (x.abs() * scale as f64).round() as u64;
    let (whole, frac) = (scaled / scale, scaled % scale);
    let sign = if x < 0.0 && scaled > 0 {
        "-"
    } else if plus && scaled > 0 {
        "+"
    } else {
        ""
    };
    if decimals == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{frac:0width$}", width = decimals as usize)
    }
}

/// A share (0 to 1) as a whole percentage: `0.256` → `26%`.
pub fn percent(share: f32) -> String {
    format!("{}%", fixed(share as f64 * 100.0, 0, false))
}

/// "1 sentence", "3 sentences".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_rounds_like_the_standard_formatter_for_ordinary_values() {
        for &(x, d) in &[(0.0, 2), (1.005, 1), (2.345678, 4), (12.0, 3), (0.1234, 2), (-3.25159, 2)] {
            let std = format!("{:.*}", d as usize, x);
            assert_eq!(fixed(x, d, false), std, "{x} {d}");
        }
        assert_eq!(fixed(-0.5, 0, false), "-1", "half away from zero");
        assert_eq!(fixed(0.25, 2, true), "+0.25");
        assert_eq!(fixed(-0.004, 2, true), "0.00");
        assert_eq!(fixed(f64::NAN, 2, false), "0");
        assert_eq!(percent(0.256), "26%");
        assert_eq!(percent(0.0), "0%");
        assert_eq!(count(1, "sentence", "sentences"), "1 sentence");
        assert_eq!(count(0, "sentence", "sentences"), "0 sentences");
    }
}
