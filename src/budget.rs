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

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The heap a whole build may use: 3 GiB. The demo builds within 90 MiB (peak resident
/// memory, all of it counted), the heaviest declaration the limits allow (three languages of
/// Markdown just under [`MAX_DOCUMENT_BYTES`], in tables, two PDFs laid out at once) within
/// 1.8 GiB (docs/guide/security.md, "Limits").
///
/// [`MAX_DOCUMENT_BYTES`]: crate::declaration::limits::MAX_DOCUMENT_BYTES
pub const MAX_BUILD_MEMORY: usize = 3 << 30;

/// Bytes allocated and not yet freed, when [`Counting`] is the allocator.
static IN_USE: AtomicUsize = AtomicUsize::new(0);

/// The job (its number + 1) whose allocation went past the bound first; 0 for none.
static OVER: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    /// The job this thread runs (its number + 1), or 0 for a thread that is not held to the
    /// bound (the main thread, which must stay free to report and clean up).
    static JOB: Cell<usize> = const { Cell::new(0) };
}

/// The system allocator, counting what is in use and holding rendering jobs to
/// [`MAX_BUILD_MEMORY`].
pub struct Counting;

impl Counting {
    /// Counts `size` more bytes; on a job's thread past the bound, sleeps for ever instead.
    fn take(size: usize) {
        let now = IN_USE
            .fetch_add(size, Ordering::Relaxed)
            .saturating_add(size);
        if now <= MAX_BUILD_MEMORY {
            return;
        }
        // `try_with`: thread-local storage may be gone while a thread ends.
        let job = JOB.try_with(Cell::get).unwrap_or(0);
        if job == 0 {
            return;
        }
        IN_USE.fetch_sub(size, Ordering::Relaxed);
        let _ = OVER.compare_exchange(0, job, Ordering::SeqCst, Ordering::SeqCst);
        // Sleeping allocates nothing; the process exits once the build has reported.
        loop {
            std::thread::sleep(std::time::Duration::from_secs(3600));
        }
    }
}

// SAFETY: every call is passed to the system allocator unchanged; only counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        Self::take(layout.size());
        // SAFETY: the caller's layout, as `GlobalAlloc::alloc` requires.
        let p = unsafe { System.alloc(layout) };
        if p.is_null() {
            IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        Self::take(layout.size());
        // SAFETY: as for `alloc`.
        let p = unsafe { System.alloc_zeroed(layout) };
        if p.is_null() {
            IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by `System` with `layout`.
        unsafe { System.dealloc(ptr, layout) };
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            Self::take(new_size - layout.size());
        }
        // SAFETY: `ptr` was allocated by `System` with `layout`; the caller's new size.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if p.is_null() {
            if new_size > layout.size() {
                IN_USE.fetch_sub(new_size - layout.size(), Ordering::Relaxed);
            }
        } else if new_size < layout.size() {
            IN_USE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
        }
        p
    }
}

/// Marks this thread as running job `job`: its allocations are held to the bound.
pub fn enter_job(job: usize) {
    JOB.with(|j| j.set(job + 1));
}

/// The job whose allocation went past the bound, if one did.
pub fn over_budget() -> Option<usize> {
    OVER.load(Ordering::SeqCst).checked_sub(1)
}

/// Bytes of heap in use (0 when [`Counting`] is not the allocator, as in tests).
pub fn in_use() -> usize {
    IN_USE.load(Ordering::Relaxed)
}
