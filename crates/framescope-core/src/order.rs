//! One sort for the comparison's many orderings.
//!
//! Every distinct `sort_by` closure compiles to its own copy of the sorting algorithm,
//! a few kilobytes each in the browser build. Callers here map their items to integer
//! keys instead, and one instantiation sorts them all.

/// Reorders `items` by ascending `key`; items with equal keys keep their order.
pub fn order_by<T>(items: &mut Vec<T>, key: impl Fn(&T) -> (i64, i64)) {
    let mut keys: Vec<(i64, i64, u32)> = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let (a, b) = key(item);
            (a, b, i as u32)
        })
        .collect();
    sort_keys(&mut keys);
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(keys.iter().filter_map(|k| slots[k.2 as usize].take()));
}

/// A float as a sort key that keeps its order to a millionth.
pub fn float_key(x: f64) -> i64 {
    if x.is_finite() {
        (x * 1e6).round() as i64
    } else {
        0
    }
}

#[inline(never)]
fn sort_keys(keys: &mut [(i64, i64, u32)]) {
    keys.sort_unstable();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_by_key_and_keeps_ties_in_place() {
        let mut v = vec!["b3", "a1", "c1", "d2"];
        order_by(&mut v, |s| (s[1..].parse::<i64>().unwrap(), 0));
        assert_eq!(v, ["a1", "c1", "d2", "b3"]);
        let mut scores = vec![0.5, -1.0, 0.25];
        order_by(&mut scores, |&x| (-float_key(x), 0));
        assert_eq!(scores, [0.5, 0.25, -1.0]);
        assert_eq!(float_key(f64::NAN), 0);
    }
}
