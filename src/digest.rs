//! SHA-256 digests written `sha256:<hex>` (as `sha256sum` prints the hex): the one form of the
//! archive's manifests and of the build record.

use std::fmt::Write as _;

use sha2::{Digest as _, Sha256};

/// `sha256:<hex>` of `bytes`.
pub fn sha256(bytes: &[u8]) -> String {
    Parts::new().bytes(bytes).finish()
}

/// The digest of several values in order. Each is written with its length first, so that no
/// two different lists of values give the same stream (`["ab", "c"]` and `["a", "bc"]`).
pub struct Parts(Sha256);

impl Parts {
    pub fn new() -> Parts {
        Parts(Sha256::new())
    }

    /// Adds one value.
    pub fn part(mut self, bytes: impl AsRef<[u8]>) -> Parts {
        let bytes = bytes.as_ref();
        self.0.update((bytes.len() as u64).to_le_bytes());
        self.0.update(bytes);
        self
    }

    /// Adds raw bytes, unframed: only for [`sha256`], whose digest must be `sha256sum`'s.
    fn bytes(mut self, bytes: &[u8]) -> Parts {
        self.0.update(bytes);
        self
    }

    pub fn finish(self) -> String {
        let mut s = String::with_capacity(71);
        s.push_str("sha256:");
        for b in self.0.finalize() {
            let _ = write!(s, "{b:02x}");
        }
        s
    }
}

impl Default for Parts {
    fn default() -> Parts {
        Parts::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_is_that_of_sha256sum_and_parts_are_framed() {
        // `printf abc | sha256sum`
        assert_eq!(
            sha256(b"abc"),
            "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        let two = |a: &str, b: &str| Parts::new().part(a).part(b).finish();
        assert_ne!(two("ab", "c"), two("a", "bc"));
        assert_eq!(two("ab", "c"), two("ab", "c"));
    }
}
