//! Independent work spread over the cores: one map, whose results keep the items' order, and
//! two jobs side by side.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The stack of each helper thread: the main thread's usual 8 MiB rather than the 2 MiB
/// threads get by default, since reading a declaration recurses as deep as its nesting and
/// aliases allow, and must fail with an error there, not overflow.
const STACK_BYTES: usize = 8 * 1024 * 1024;

/// `f` applied to every item, on every core; the results are in the items' order whatever the
/// threads' timing, so that what a run prints does not depend on it. Items are taken one at a
/// time, so one slow item does not hold up a fixed share of the others. The calling thread
/// works too; where no thread can be started, it does all the work. A panic in `f` is
/// resumed on the calling thread.
pub fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len());
    if workers <= 1 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else {
                return done;
            };
            done.push((i, f(item)));
        }
    };
    let mut slots: Vec<Option<R>> = std::iter::repeat_with(|| None).take(items.len()).collect();
    std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..workers)
            .filter_map(|_| {
                std::thread::Builder::new()
                    .stack_size(STACK_BYTES)
                    .spawn_scoped(scope, work)
                    .ok()
            })
            .collect();
        let mine = work();
        let all = std::iter::once(Ok(mine)).chain(helpers.into_iter().map(|h| h.join()));
        for done in all {
            let done = done.unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            for (i, r) in done {
                slots[i] = Some(r);
            }
        }
    });
    slots
        .into_iter()
        .map(|r| r.expect("every item is mapped once"))
        .collect()
}

/// `a` on a thread of its own while `b` runs on the calling thread: both results. Where no
/// thread can be started, `a` runs first, then `b`. A panic in `a` is resumed here.
pub fn beside<A: Send, B>(a: impl FnOnce() -> A + Send, b: impl FnOnce() -> B) -> (A, B) {
    // Kept out of the spawned closure, so that it can still run here if the spawn fails.
    let job = Mutex::new(Some(a));
    let take = || job.lock().unwrap_or_else(|e| e.into_inner()).take();
    std::thread::scope(|scope| {
        let helper = std::thread::Builder::new()
            .stack_size(STACK_BYTES)
            .spawn_scoped(scope, || take().map(|a| a()))
            .ok();
        let (first, second) = match helper {
            Some(h) => {
                let second = b();
                (
                    h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)),
                    second,
                )
            }
            None => (take().map(|a| a()), b()),
        };
        (first.expect("the job beside runs once"), second)
    })
}

#[cfg(test)]
mod tests {
    use super::{beside, map};

    #[test]
    fn beside_gives_both_results() {
        let (a, b) = beside(|| (1..=10).sum::<u32>(), || "b");
        assert_eq!((a, b), (55, "b"));
        let caught = std::panic::catch_unwind(|| beside(|| panic!("a"), || 1));
        assert!(caught.is_err());
    }

    #[test]
    fn results_keep_the_order_of_the_items() {
        let items: Vec<u64> = (0..1000).collect();
        // Uneven work, so that threads finish out of order.
        let out = map(&items, |&i| {
            let spin = if i % 7 == 0 { 20_000 } else { 10 };
            (0..spin).fold(i, |a, b| a.wrapping_add(b % 2)) - spin / 2
        });
        assert_eq!(out, items);
        assert!(map(&[] as &[u8], |&b| b).is_empty());
        assert_eq!(map(&[3], |&b| b * 2), [6]);
    }

    #[test]
    fn a_panic_in_a_worker_reaches_the_caller() {
        let items: Vec<u32> = (0..64).collect();
        let caught = std::panic::catch_unwind(|| {
            map(&items, |&i| {
                assert!(i != 40, "item 40");
                i
            })
        });
        assert!(caught.is_err());
    }
}
