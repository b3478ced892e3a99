//! Dates that are only as precise as the text supports.

use serde::{Deserialize, Serialize};
use std::fmt;

/// How much of a date the evidence supports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum DatePrecision {
    /// Only the year is known.
    Year,
    /// Year and month are known.
    Month,
    /// The exact day is known.
    Day,
}

impl DatePrecision {
    /// The name used in the manifest and the JSON export.
    pub fn as_str(self) -> &'static str {
        match self {
            DatePrecision::Year => "year",
            DatePrecision::Month => "month",
            DatePrecision::Day => "day",
        }
    }
}

/// A calendar date known to year, month or day precision.
///
/// Ordering sorts by year, then month, then day, with an unknown part sorting
/// before any known one, so "2013" comes before "2013-07-03".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct PartialDate {
    /// Four-digit year.
    pub year: u16,
    /// Month 1–12, when known.
    pub month: Option<u8>,
    /// Day of the month, when known (only together with a month).
    pub day: Option<u8>,
}

/// Why a date string was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// Not of the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    #[error("`{0}` is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")]
    Format(String),
    /// Well formed but not a real calendar date.
    #[error("`{0}` is not a real calendar date")]
    Impossible(String),
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form sets the precision.
    pub fn parse(s: &str) -> Result<Self, DateError> {
        let format = || DateError::Format(s.to_string());
        let parts: Vec<&str> = s.split('-').collect();
        let number = |p: &str, len: usize| -> Result<u16, DateError> {
            if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(format());
            }
            p.parse().map_err(|_| format())
        };
        let (year, month, day) = match parts.as_slice() {
            [y] => (number(y, 4)?, None, None),
            [y, m] => (number(y, 4)?, Some(number(m, 2)? as u8), None),
            [y, m, d] => (number(y, 4)?, Some(number(m, 2)? as u8), Some(number(d, 2)? as u8)),
            _ => return Err(format()),
        };
        let date = PartialDate { year, month, day };
        if year == 0 || !date.is_real() {
            return Err(DateError::Impossible(s.to_string()));
        }
        Ok(date)
    }

    fn is_real(&self) -> bool {
        match (self.month, self.day) {
            (None, _) => true,
            (Some(m), None) => (1..=12).contains(&m),
            (Some(m), Some(d)) => (1..=12).contains(&m) && d >= 1 && d <= days_in_month(self.year, m),
        }
    }

    /// How precise this date is.
    pub fn precision(&self) -> DatePrecision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => DatePrecision::Day,
            (Some(_), None) => DatePrecision::Month,
            _ => DatePrecision::Year,
        }
    }

    /// A reader's form that never claims more than is known: "3 July 2013", "September 2012", "2013".
    pub fn display_long(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{d} {} {}", MONTHS[m as usize - 1], self.year),
            (Some(m), None) => format!("{} {}", MONTHS[m as usize - 1], self.year),
            _ => self.year.to_string(),
        }
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for PartialDate {
    /// The ISO-like form it was parsed from.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision() {
        assert_eq!(PartialDate::parse("2013").unwrap().precision(), DatePrecision::Year);
        assert_eq!(PartialDate::parse("2012-09").unwrap().precision(), DatePrecision::Month);
        let d = PartialDate::parse("2013-07-03").unwrap();
        assert_eq!(d.precision(), DatePrecision::Day);
        assert_eq!(d.to_string(), "2013-07-03");
        assert_eq!(d.display_long(), "3 July 2013");
    }

    #[test]
    fn rejects_impossible_and_malformed_dates() {
        assert!(matches!(PartialDate::parse("2013-02-30"), Err(DateError::Impossible(_))));
        assert!(matches!(PartialDate::parse("2013-13"), Err(DateError::Impossible(_))));
        assert!(matches!(PartialDate::parse("2013-00"), Err(DateError::Impossible(_))));
        assert!(matches!(PartialDate::parse("0000"), Err(DateError::Impossible(_))));
        assert!(PartialDate::parse("2012-02-29").is_ok());
        assert!(PartialDate::parse("1900-02-29").is_err());
        for bad in ["13", "2013-7", "July 2013", "2013-07-03-01", "", "2013/07"] {
            assert!(matches!(PartialDate::parse(bad), Err(DateError::Format(_))), "{bad}");
        }
    }

    #[test]
    fn orders_less_precise_first_within_a_year() {
        let y = PartialDate::parse("2013").unwrap();
        let d = PartialDate::parse("2013-07-03").unwrap();
        let earlier = PartialDate::parse("2012-09").unwrap();
        assert!(earlier < y && y < d);
    }
}
