//! One stable sort for the whole core.
//!
//! Why not `slice::sort_by`: the standard library's sort is generic over both the element and
//! the comparison, so each call site compiles its own copy of the whole algorithm. In the
//! catalogue worker's wasm that was about 40 KB for a dozen call sites (twiggy, `docs/size.md`).
//! This merge sort orders positions through a `dyn` comparison, so it is compiled once; what each
//! call site adds is the small reordering of its own element type. It is stable and
//! O(n log n), which the matching benchmark's 10,000 services need.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their original order.
pub fn sort_by<T>(items: &mut Vec<T>, mut compare: impl FnMut(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let order = stable_order(items.len(), &mut |a, b| compare(&items[a], &items[b]));
    reorder(items, &order);
}

pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The positions `0..len` in sorted order: a bottom-up merge sort, merging runs of 1, 2, 4, ...
/// back and forth between two buffers.
fn stable_order(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    let mut merged = order.clone();
    let mut width = 1;
    while width < len {
        for start in (0..len).step_by(2 * width) {
            let middle = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            merge(&order[start..middle], &order[middle..end], &mut merged[start..end], compare);
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    order
}

/// Merges two sorted runs into `out`; on a tie the left run's item goes first, which is what
/// keeps the sort stable.
fn merge(
    left: &[usize],
    right: &[usize],
    out: &mut [usize],
    compare: &mut dyn FnMut(usize, usize) -> Ordering,
) {
    let (mut l, mut r) = (0, 0);
    for slot in out {
        let take_right =
            l == left.len() || (r < right.len() && compare(right[r], left[l]) == Ordering::Less);
        if take_right {
            *slot = right[r];
            r += 1;
        } else {
            *slot = left[l];
            l += 1;
        }
    }
}

fn reorder<T>(items: &mut Vec<T>, order: &[usize]) {
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.iter().filter_map(|&position| slots[position].take()));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A deterministic pseudo-random sequence (a linear congruential generator).
    fn numbers(seed: u64, count: usize, range: u64) -> Vec<u64> {
        let mut state = seed;
        (0..count)
            .map(|_| {
                state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                (state >> 33) % range
            })
            .collect()
    }

    #[test]
    fn it_orders_like_the_standard_library_for_every_length_up_to_70_and_a_large_input() {
        let lengths = (0..70).chain([1_000, 10_007]);
        for (seed, length) in lengths.enumerate() {
            for range in [3, 1_000_000] {
                let mut ours = numbers(seed as u64, length, range);
                let mut expected = ours.clone();
                expected.sort();
                sort(&mut ours);
                assert_eq!(ours, expected, "length {length}, range {range}");
            }
        }
    }

    #[test]
    fn equal_items_keep_their_original_order() {
        // Sorted by key only: the second field records the original position.
        let keys = numbers(7, 500, 5);
        let mut items: Vec<(u64, usize)> = keys.into_iter().zip(0..).collect();
        sort_by_key(&mut items, |&(key, _)| key);
        assert!(
            items
                .windows(2)
                .all(|pair| pair[0].0 < pair[1].0
                    || (pair[0].0 == pair[1].0 && pair[0].1 < pair[1].1))
        );
    }

    #[test]
    fn sorted_reversed_empty_and_single_inputs() {
        let mut sorted: Vec<u32> = (0..100).collect();
        sort(&mut sorted);
        assert_eq!(sorted, (0..100).collect::<Vec<_>>());
        let mut reversed: Vec<u32> = (0..100).rev().collect();
        sort(&mut reversed);
        assert_eq!(reversed, (0..100).collect::<Vec<_>>());
        let mut empty: Vec<u32> = vec![];
        sort(&mut empty);
        assert!(empty.is_empty());
        let mut single = vec!["a".to_owned()];
        sort_by(&mut single, |a, b| b.cmp(a));
        assert_eq!(single, ["a"]);
    }

    #[test]
    fn owned_items_that_are_not_copy_are_moved_not_cloned() {
        let mut names: Vec<String> = ["Vaasa", "Espoo", "Oulu", "Espoo"].map(String::from).into();
        sort_by(&mut names, |a, b| a.cmp(b));
        assert_eq!(names, ["Espoo", "Espoo", "Oulu", "Vaasa"]);
    }
}
