//! The name index's key table: 32-bit key hashes in an open-addressing table, each with its
//! readings (a form and a clitic, packed in a `u32`), and the hasher of the caller's ids.
//! Nothing here knows Arabic: the index ([`super::index`]) makes the keys.
use std::hash::Hasher;

/// A 32-bit hash of a string that may come in pieces: FNV-1a over the bytes (so the pieces of
/// a generated key hash like the whole text token), then a murmur3 finaliser to spread the
/// bits. Keys that share a hash share a slot; every reading is checked against the token.
pub(super) fn key_hash(parts: &[&str]) -> u32 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &b in part.as_bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    // 0 marks a free place in the key table.
    ((h >> 32) as u32).max(1)
}

/// One reading of a key: form `form` behind clitic `CLITICS[clitic]`, packed in 31 bits
/// (form << 4 | clitic).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Candidate(pub(super) u32);

impl Candidate {
    /// Forms are numbered in 27 bits.
    pub(super) const MAX_FORMS: usize = 1 << 27;

    pub(super) fn new(form: u32, clitic: usize) -> Candidate {
        Candidate((form << 4) | clitic as u32)
    }

    pub(super) fn form(self) -> usize {
        (self.0 >> 4) as usize
    }

    pub(super) fn clitic(self) -> usize {
        (self.0 & 0xF) as usize
    }
}

/// The readings of one key hash: most keys have one, the rest a list in `NameIndex::lists`
/// (in the order they were added; always two or more).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Slot {
    One(Candidate),
    Many(u32),
}

impl Slot {
    const MANY: u32 = 1 << 31;

    fn pack(self) -> u32 {
        match self {
            Slot::One(c) => c.0,
            Slot::Many(l) => Slot::MANY | l,
        }
    }

    fn unpack(bits: u32) -> Slot {
        if bits & Slot::MANY == 0 {
            Slot::One(Candidate(bits))
        } else {
            Slot::Many(bits & !Slot::MANY)
        }
    }
}

/// The key table: open addressing with linear probing, one `u64` per place (hash << 32 |
/// packed slot; 0 is a free place, as no hash is 0). A key's home place is the top bits of its
/// hash, so keys sorted by hash fill the table front to back: `build` inserts them that way,
/// which keeps a table of millions of keys in cache while it is filled.
#[derive(Debug, Default, Clone)]
pub(super) struct KeyTable {
    pub(super) places: Vec<u64>,
    pub(super) len: usize,
    /// 32 − log2(places.len()).
    shift: u32,
}

impl KeyTable {
    fn mask(&self) -> usize {
        self.places.len() - 1
    }

    fn home(&self, hash: u32) -> usize {
        (hash >> self.shift) as usize
    }

    /// Where `hash` is (true), or the free place where it would go (false).
    fn probe(&self, hash: u32) -> (usize, bool) {
        let mut at = self.home(hash);
        loop {
            match (self.places[at] >> 32) as u32 {
                0 => return (at, false),
                h if h == hash => return (at, true),
                _ => at = (at + 1) & self.mask(),
            }
        }
    }

    pub(super) fn get(&self, hash: u32) -> Option<Slot> {
        if self.len == 0 {
            return None;
        }
        match self.probe(hash) {
            (at, true) => Some(Slot::unpack(self.places[at] as u32)),
            _ => None,
        }
    }

    /// Set the slot of `hash`, which is there.
    pub(super) fn set(&mut self, hash: u32, slot: Slot) {
        let (at, found) = self.probe(hash);
        debug_assert!(found);
        self.places[at] = u64::from(hash) << 32 | u64::from(slot.pack());
    }

    /// Make room for `more` keys (at most three quarters of the places are used).
    pub(super) fn reserve(&mut self, more: usize) {
        let want = (self.len + more).saturating_mul(4) / 3 + 1;
        if want <= self.places.len() {
            return;
        }
        let size = want.next_power_of_two().max(16);
        assert!(size <= 1 << 32, "name index: too many keys");
        let old = std::mem::replace(&mut self.places, vec![0; size]);
        self.shift = 32 - size.trailing_zeros();
        // The old places are in (nearly) home order, which stays home order at twice the size.
        for place in old {
            if place != 0 {
                let (at, _) = self.probe((place >> 32) as u32);
                self.places[at] = place;
            }
        }
    }

    /// Add `hash` with `slot`, unless it is there: then its slot.
    pub(super) fn insert(&mut self, hash: u32, slot: Slot) -> Option<Slot> {
        self.reserve(1);
        match self.probe(hash) {
            (at, true) => Some(Slot::unpack(self.places[at] as u32)),
            (at, false) => {
                self.places[at] = u64::from(hash) << 32 | u64::from(slot.pack());
                self.len += 1;
                None
            }
        }
    }

    pub(super) fn remove(&mut self, hash: u32) {
        if self.len == 0 {
            return;
        }
        let (mut hole, found) = self.probe(hash);
        if !found {
            return;
        }
        self.len -= 1;
        // Backward shift: pull later keys of the run into the hole if their home allows.
        let mask = self.mask();
        let mut at = hole;
        loop {
            at = (at + 1) & mask;
            let place = self.places[at];
            if place == 0 {
                break;
            }
            let home = self.home((place >> 32) as u32);
            if at.wrapping_sub(home) & mask >= at.wrapping_sub(hole) & mask {
                self.places[hole] = place;
                hole = at;
            }
        }
        self.places[hole] = 0;
    }
}

/// A hasher for the caller's ids (numbers, often consecutive): a multiply, as in FxHash.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0xf135_7aea_2e62_a9c5);
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
}

/// `keys` in the order of their home places in the key table, roughly (by the top 12 bits of
/// the hash; a stable counting sort, so equal hashes keep their order).
pub(super) fn in_home_order(keys: Vec<(u32, Candidate)>) -> Vec<(u32, Candidate)> {
    const BITS: u32 = 12;
    let group = |hash: u32| (hash >> (32 - BITS)) as usize;
    let mut starts = vec![0usize; (1 << BITS) + 1];
    for &(hash, _) in &keys {
        starts[group(hash) + 1] += 1;
    }
    for g in 1..starts.len() {
        starts[g] += starts[g - 1];
    }
    let mut out = vec![(0, Candidate(0)); keys.len()];
    for key in keys {
        let at = &mut starts[group(key.0)];
        out[*at] = key;
        *at += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_table_survives_collisions_and_removals() {
        // Hashes crowded into three home places of 512, the last one's run wrapping around to
        // the front; removed in another order than added.
        let mut table = KeyTable::default();
        let hash = |n: u32| ([0, 3, 7][(n % 3) as usize] << 29) | (n * 2 + 1);
        for n in 0..300 {
            assert_eq!(table.insert(hash(n), Slot::Many(n)), None);
        }
        assert_eq!(table.insert(hash(5), Slot::Many(0)), Some(Slot::Many(5)));
        for n in (0..300).filter(|n| n % 3 == 0) {
            table.remove(hash(n));
        }
        for n in 0..300 {
            assert_eq!(table.get(hash(n)), (n % 3 != 0).then_some(Slot::Many(n)), "{n}");
        }
        assert_eq!((table.len, table.places.len()), (200, 512));
    }
}
