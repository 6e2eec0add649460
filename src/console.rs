//! The program's standard output and error: every write is checked, so that a closed pipe or a
//! full disk ends a command with the right exit code instead of a panic (as `print!` would).
//!
//! A closed pipe (`notice lint | head`) means the reader wants no more: what follows is
//! dropped quietly and the command ends with the exit code it would have had, as ripgrep
//! does. Any other failure (a full disk) is an error the command must stop at: exit code 2.

use std::io::{self, Write};

/// Which stream a write went to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Out,
    Err,
}

impl Stream {
    pub fn name(self) -> &'static str {
        match self {
            Stream::Out => "standard output",
            Stream::Err => "standard error",
        }
    }
}

/// A write that failed for another reason than a closed pipe: the command stops.
#[derive(Debug)]
pub struct Failed {
    pub stream: Stream,
    pub error: io::Error,
}

/// Standard output and error, each remembered as closed once its reader has gone.
#[derive(Debug, Default)]
pub struct Console {
    out_closed: bool,
    err_closed: bool,
}

impl Console {
    /// Writes `text` to standard output.
    pub fn out(&mut self, text: &str) -> Result<(), Failed> {
        let closed = &mut self.out_closed;
        write_to(Stream::Out, closed, &mut io::stdout().lock(), text)
    }

    /// Writes `text` to standard error.
    pub fn err(&mut self, text: &str) -> Result<(), Failed> {
        let closed = &mut self.err_closed;
        write_to(Stream::Err, closed, &mut io::stderr().lock(), text)
    }

    /// Writes `text` and a line break to standard error.
    pub fn errln(&mut self, text: &str) -> Result<(), Failed> {
        self.err(&format!("{text}\n"))
    }

    /// Writes `text` and a line break to standard output.
    pub fn outln(&mut self, text: &str) -> Result<(), Failed> {
        self.out(&format!("{text}\n"))
    }
}

fn write_to(
    stream: Stream,
    closed: &mut bool,
    w: &mut impl Write,
    text: &str,
) -> Result<(), Failed> {
    if *closed {
        return Ok(());
    }
    match w.write_all(text.as_bytes()).and_then(|()| w.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
            *closed = true;
            Ok(())
        }
        Err(error) => Err(Failed { stream, error }),
    }
}

/// Says on the other stream (when it can) why a command stopped; its exit code is 2.
pub fn report(failed: &Failed) {
    let text = format!(
        "error: cannot write to {}: {}\n",
        failed.stream.name(),
        failed.error
    );
    let _ = match failed.stream {
        Stream::Out => io::stderr().lock().write_all(text.as_bytes()),
        // Standard output may carry JSON or SARIF that a message would corrupt; standard error
        // is tried again, in case the failure passed.
        Stream::Err => io::stderr().lock().write_all(text.as_bytes()),
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A writer that fails as told.
    struct Failing(io::ErrorKind);

    impl Write for Failing {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(self.0.into())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_closed_pipe_is_quiet_and_stays_closed_a_full_disk_is_an_error() {
        let mut closed = false;
        let pipe = &mut Failing(io::ErrorKind::BrokenPipe);
        assert!(write_to(Stream::Out, &mut closed, pipe, "x").is_ok());
        assert!(closed);
        // Nothing more is tried, not even on a writer that would fail otherwise.
        let full = &mut Failing(io::ErrorKind::StorageFull);
        assert!(write_to(Stream::Out, &mut closed, full, "x").is_ok());
        let mut open = false;
        let e = write_to(Stream::Err, &mut open, full, "x").unwrap_err();
        assert_eq!(
            (e.stream, e.error.kind()),
            (Stream::Err, io::ErrorKind::StorageFull)
        );
    }
}
