//! Sets of body paragraphs, the unit in which passages are counted.
//!
//! A query touches thousands of documents; each needs the set of its paragraphs that hold
//! a match, united across query words. The first 128 paragraphs (nearly every news
//! article has fewer) live in a bit set, so uniting and counting are a few instructions
//! and no allocation; only longer documents list the rest.

/// A set of paragraph indices.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Paragraphs {
    bits: u128,
    /// Paragraphs from 128 on, ascending and unique.
    more: Vec<u32>,
}

impl Paragraphs {
    /// Adds a paragraph.
    pub fn insert(&mut self, paragraph: u32) {
        if paragraph < 128 {
            self.bits |= 1 << paragraph;
        } else if let Err(at) = self.more.binary_search(&paragraph) {
            self.more.insert(at, paragraph);
        }
    }

    /// Adds every paragraph of `other`.
    pub fn union(&mut self, other: &Paragraphs) {
        self.bits |= other.bits;
        for &p in &other.more {
            self.insert(p);
        }
    }

    /// Keeps only the paragraphs `other` also has.
    pub fn intersect(&mut self, other: &Paragraphs) {
        self.bits &= other.bits;
        self.more.retain(|p| other.more.binary_search(p).is_ok());
    }

    /// True when the set has `paragraph`.
    pub fn contains(&self, paragraph: u32) -> bool {
        if paragraph < 128 {
            self.bits & (1 << paragraph) != 0
        } else {
            self.more.binary_search(&paragraph).is_ok()
        }
    }

    /// Empties the set, keeping its allocation.
    pub fn clear(&mut self) {
        self.bits = 0;
        self.more.clear();
    }

    /// Number of paragraphs.
    pub fn len(&self) -> usize {
        self.bits.count_ones() as usize + self.more.len()
    }

    /// True when the set has no paragraph.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The paragraphs, ascending.
    pub fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        let mut bits = self.bits;
        std::iter::from_fn(move || {
            (bits != 0).then(|| {
                let p = bits.trailing_zeros();
                bits &= bits - 1;
                p
            })
        })
        .chain(self.more.iter().copied())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unites_counts_and_lists_in_order() {
        let mut a = Paragraphs::default();
        for p in [5, 0, 127, 128, 900, 5, 300] {
            a.insert(p);
        }
        let mut b = Paragraphs::default();
        for p in [1, 5, 300, 129] {
            b.insert(p);
        }
        let mut both = a.clone();
        both.intersect(&b);
        assert_eq!(both.iter().collect::<Vec<_>>(), vec![5, 300]);
        assert!(both.contains(300) && both.contains(5) && !both.contains(900) && !both.contains(1));
        a.union(&b);
        assert_eq!(a.iter().collect::<Vec<_>>(), vec![0, 1, 5, 127, 128, 129, 300, 900]);
        assert_eq!(a.len(), 8);
        a.clear();
        assert!(a.is_empty());
        assert_eq!(a.iter().next(), None);
    }
}
