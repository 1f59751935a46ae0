//! The bytes under the TMX reader: UTF-8 as it comes, or UTF-16 (with a BOM) transcoded to
//! UTF-8 as it streams; lines counted as bytes are consumed; no single tag or text longer
//! than a limit.
use std::io::{self, BufRead, Read};

use encoding_rs::{Decoder, DecoderResult, Encoding};

use crate::error::{Error, Result};

/// What the first bytes of a file say it is: the BOM (if any) is consumed.
pub(super) enum Start {
    Utf8,
    Utf16(&'static Encoding),
}

/// Look at the first bytes: a UTF-8 BOM is dropped; a UTF-16 BOM says to transcode; NUL
/// bytes without one are UTF-16 without a BOM ([`Error::BadEncoding`]) when they sit next to
/// a `<`, else binary data ([`Error::NotText`]).
pub(super) fn sniff(input: &mut impl BufRead) -> Result<Start> {
    let io = |e: io::Error| Error::XmlMalformed(e.to_string());
    let head = input.fill_buf().map_err(io)?;
    if let Some((enc, bom)) = Encoding::for_bom(head) {
        input.consume(bom);
        return Ok(if enc == encoding_rs::UTF_8 { Start::Utf8 } else { Start::Utf16(enc) });
    }
    if head.contains(&0) {
        let utf16 = head.starts_with(b"<\0") || head.starts_with(b"\0<");
        return Err(if utf16 { Error::BadEncoding } else { Error::NotText });
    }
    Ok(Start::Utf8)
}

/// UTF-16 bytes read as UTF-8. Malformed UTF-16 (a lone surrogate) is an error that
/// [`Utf16::malformed`] tells apart.
pub(super) struct Utf16<R> {
    inner: R,
    decoder: Decoder,
    raw: Vec<u8>,
    out: Vec<u8>,
    pos: usize,
    done: bool,
    pub(super) malformed: bool,
}

impl<R: Read> Utf16<R> {
    pub(super) fn new(inner: R, encoding: &'static Encoding) -> Utf16<R> {
        Utf16 {
            inner,
            decoder: encoding.new_decoder_without_bom_handling(),
            raw: vec![0; 16 * 1024],
            out: Vec::new(),
            pos: 0,
            done: false,
            malformed: false,
        }
    }

    /// Decode the next chunk into `out`; false at the end.
    fn refill(&mut self) -> io::Result<bool> {
        while self.pos >= self.out.len() {
            if self.done {
                return Ok(false);
            }
            let n = self.inner.read(&mut self.raw)?;
            let last = n == 0;
            let cap = self.decoder.max_utf8_buffer_length_without_replacement(n).unwrap_or(n * 3 + 16);
            self.out.clear();
            self.out.resize(cap, 0);
            self.pos = 0;
            let (result, _read, written) =
                self.decoder.decode_to_utf8_without_replacement(&self.raw[..n], &mut self.out, last);
            self.out.truncate(written);
            if let DecoderResult::Malformed(..) = result {
                self.malformed = true;
                return Err(io::Error::new(io::ErrorKind::InvalidData, "malformed UTF-16"));
            }
            self.done = last;
        }
        Ok(true)
    }
}

impl<R: Read> Read for Utf16<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if !self.refill()? {
            return Ok(0);
        }
        let n = buf.len().min(self.out.len() - self.pos);
        buf[..n].copy_from_slice(&self.out[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

/// A `BufRead` that counts the line breaks consumed (the line the parser is at) and refuses
/// to give more than `limit` bytes between two calls of [`Counted::mark`] (one XML event),
/// so that no tag or text can grow the parser's buffer without bound.
pub(super) struct Counted<R> {
    inner: R,
    newlines: u64,
    since_mark: usize,
    limit: usize,
    pub(super) overlong: bool,
}

impl<R: BufRead> Counted<R> {
    pub(super) fn new(inner: R, limit: usize) -> Counted<R> {
        Counted { inner, newlines: 0, since_mark: 0, limit, overlong: false }
    }

    /// The line (from 1) of the next byte to be consumed.
    pub(super) fn line(&self) -> u64 {
        self.newlines + 1
    }

    pub(super) fn mark(&mut self) {
        self.since_mark = 0;
    }

    pub(super) fn inner(&self) -> &R {
        &self.inner
    }
}

impl<R: BufRead> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = {
            let available = self.fill_buf()?;
            let n = available.len().min(buf.len());
            buf[..n].copy_from_slice(&available[..n]);
            n
        };
        self.consume(n);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Counted<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.since_mark > self.limit {
            self.overlong = true;
            return Err(io::Error::other("a tag or text over the size limit"));
        }
        self.inner.fill_buf()
    }

    fn consume(&mut self, amt: usize) {
        // The buffer is not empty when something is consumed, so this reads nothing.
        if let Ok(buf) = self.inner.fill_buf() {
            let n = amt.min(buf.len());
            self.newlines += buf[..n].iter().filter(|&&b| b == b'\n').count() as u64;
        }
        self.since_mark += amt;
        self.inner.consume(amt);
    }
}
