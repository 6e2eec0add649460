//! The memory bound of a build: a counting allocator, and the rendering jobs it holds to it.
//!
//! The limits on inputs (file sizes, text lengths, the size and pages of a document) keep every
//! declaration within the documented limits far below the bound; this is the net under them,
//! for what they cannot foresee (a user template that builds text without end). The binary
//! installs [`Counting`] as its allocator. A rendering job (one language of one notice, see
//! [`crate::render::Renderer::render_each`]) runs on a thread of its own marked with
//! [`enter_job`]; an allocation that would take the heap past [`MAX_BUILD_MEMORY`] on such a
//! thread never returns: the thread sleeps, and the build, which waits for its jobs with
//! [`over_budget`], stops with an error naming the notice and exits, ending the thread. Failing
//! the allocation instead would abort the process (Rust has no way to recover from it), and
//! the kernel would kill it first if the heap outgrew the machine.
//!
//! Under the counter, the memory comes from mimalloc rather than the C library's `malloc`: a
//! lint or a build makes millions of small allocations, and glibc's took a quarter of lint's
//! time (docs/development/benchmarks.md).

use std::alloc::{GlobalAlloc, Layout};

use mimalloc::MiMalloc;
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicIsize, AtomicUsize, Ordering};

/// The heap a whole build may use: 3 GiB. The demo builds within 90 MiB (peak resident
/// memory, all of it counted), the heaviest declaration the limits allow (three languages of
/// Markdown just under [`MAX_DOCUMENT_BYTES`], in tables, two PDFs laid out at once) within
/// 1.8 GiB (docs/guide/security.md, "Limits").
///
/// [`MAX_DOCUMENT_BYTES`]: crate::declaration::limits::MAX_DOCUMENT_BYTES
pub const MAX_BUILD_MEMORY: usize = 3 << 30;

/// How many counters the heap in use is spread over. One counter that every thread adds to
/// on every allocation bounces between the cores' caches and cost as much as `malloc` itself
/// in `notice lint`; each thread adds to a counter of its own instead (threads past the
/// sixteenth share them), and the heap in use is their sum, exact at every moment.
const SLOTS: usize = 16;

/// A thread adds up the counters (checks the bound) after it has allocated this much since it
/// last did, and before any allocation this large: each thread may go this far past the
/// bound before it finds out, a few MiB in all against 3 GiB.
const CHECK_EVERY: usize = 1 << 20;

/// One counter, on a cache line of its own.
#[repr(align(128))]
struct Slot(AtomicIsize);

/// Bytes allocated minus bytes freed on the threads of each slot, when [`Counting`] is the
/// allocator. One slot may go below zero (a thread frees what another allocated); the sum
/// cannot.
static IN_USE: [Slot; SLOTS] = [const { Slot(AtomicIsize::new(0)) }; SLOTS];

/// Whether allocations are counted: from the start, in every command that renders, so the
/// count is exact; `notice lint`, which renders nothing and so has no bound to hold, turns it
/// off ([`stop_counting`]) and its allocations cost what the system allocator's do (counting
/// was a tenth of its time).
static COUNTING: AtomicBool = AtomicBool::new(true);

/// The slot the next thread to allocate takes.
static NEXT_SLOT: AtomicUsize = AtomicUsize::new(0);

/// The job (its number + 1) whose allocation went past the bound first; 0 for none.
static OVER: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    /// The job this thread runs (its number + 1), or 0 for a thread that is not held to the
    /// bound (the main thread, which must stay free to report and clean up).
    static JOB: Cell<usize> = const { Cell::new(0) };
    /// This thread's slot (its number + 1; 0 until its first allocation).
    static SLOT: Cell<usize> = const { Cell::new(0) };
    /// Bytes this thread has allocated since it last added up the slots.
    static SINCE_CHECK: Cell<usize> = const { Cell::new(0) };
}

/// The slot of this thread, taken on its first allocation; neither this nor the other
/// thread-local values have a destructor, so they can be read while a thread ends.
fn slot() -> &'static AtomicIsize {
    let k = SLOT
        .try_with(|s| match s.get() {
            0 => {
                let k = NEXT_SLOT.fetch_add(1, Ordering::Relaxed) % SLOTS;
                s.set(k + 1);
                k
            }
            k => k - 1,
        })
        .unwrap_or(0);
    &IN_USE[k].0
}

/// The heap in use: the sum of the slots.
fn total() -> usize {
    let sum: isize = IN_USE.iter().map(|s| s.0.load(Ordering::Relaxed)).sum();
    sum.max(0) as usize
}

/// The system allocator, counting what is in use and holding rendering jobs to
/// [`MAX_BUILD_MEMORY`].
pub struct Counting;

impl Counting {
    /// Counts `size` more bytes; on a job's thread past the bound, sleeps for ever instead.
    fn take(size: usize) {
        if !COUNTING.load(Ordering::Relaxed) {
            return;
        }
        let slot = slot();
        slot.fetch_add(size as isize, Ordering::Relaxed);
        // `try_with`: thread-local storage may be gone while a thread ends.
        let due = SINCE_CHECK
            .try_with(|s| {
                let since = s.get().saturating_add(size);
                let due = since >= CHECK_EVERY;
                s.set(if due { 0 } else { since });
                due
            })
            .unwrap_or(true);
        if !due || total() <= MAX_BUILD_MEMORY {
            return;
        }
        let job = JOB.try_with(Cell::get).unwrap_or(0);
        if job == 0 {
            return;
        }
        slot.fetch_sub(size as isize, Ordering::Relaxed);
        let _ = OVER.compare_exchange(0, job, Ordering::SeqCst, Ordering::SeqCst);
        // Sleeping allocates nothing; the process exits once the build has reported.
        loop {
            std::thread::sleep(std::time::Duration::from_secs(3600));
        }
    }

    /// Counts `size` fewer bytes.
    fn give(size: usize) {
        if !COUNTING.load(Ordering::Relaxed) {
            return;
        }
        slot().fetch_sub(size as isize, Ordering::Relaxed);
    }
}

// SAFETY: every call is passed to mimalloc unchanged; only counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        Self::take(layout.size());
        // SAFETY: the caller's layout, as `GlobalAlloc::alloc` requires.
        let p = unsafe { MiMalloc.alloc(layout) };
        if p.is_null() {
            Self::give(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        Self::take(layout.size());
        // SAFETY: as for `alloc`.
        let p = unsafe { MiMalloc.alloc_zeroed(layout) };
        if p.is_null() {
            Self::give(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by `MiMalloc` with `layout`.
        unsafe { MiMalloc.dealloc(ptr, layout) };
        Self::give(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            Self::take(new_size - layout.size());
        }
        // SAFETY: `ptr` was allocated by `MiMalloc` with `layout`; the caller's new size.
        let p = unsafe { MiMalloc.realloc(ptr, layout, new_size) };
        if p.is_null() {
            if new_size > layout.size() {
                Self::give(new_size - layout.size());
            }
        } else if new_size < layout.size() {
            Self::give(layout.size() - new_size);
        }
        p
    }
}

/// Stops counting allocations, for a command that runs no rendering job: the heap in use
/// is no longer known, and no job may run afterwards.
pub fn stop_counting() {
    COUNTING.store(false, Ordering::Relaxed);
}

/// Marks this thread as running job `job`: its allocations are held to the bound.
pub fn enter_job(job: usize) {
    debug_assert!(
        COUNTING.load(Ordering::Relaxed),
        "a rendering job after stop_counting"
    );
    JOB.with(|j| j.set(job + 1));
}

/// The job whose allocation went past the bound, if one did.
pub fn over_budget() -> Option<usize> {
    OVER.load(Ordering::SeqCst).checked_sub(1)
}

/// Bytes of heap in use (0 when [`Counting`] is not the allocator, as in tests).
pub fn in_use() -> usize {
    total()
}
