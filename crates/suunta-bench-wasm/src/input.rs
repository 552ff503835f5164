//! Bytes from the runner into the module. `alloc` hands out buffers that the module keeps
//! owning; the runner writes into them through the module's memory, and `take` gives a buffer
//! back to Rust by its address. An address `alloc` never gave, or a wrong length, is refused
//! instead of being trusted, so a runner bug cannot make Rust read memory it does not own.

use std::cell::RefCell;

thread_local! {
    static WAITING: RefCell<Vec<Vec<u8>>> = const { RefCell::new(Vec::new()) };
}

/// Reserves `len` zeroed bytes for the runner to fill, and returns their address.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn alloc(len: usize) -> *mut u8 {
    let mut buffer = vec![0; len];
    let address = buffer.as_mut_ptr();
    WAITING.with(|waiting| waiting.borrow_mut().push(buffer));
    address
}

/// The buffer `alloc` gave at `address`, with what the runner wrote into it; `None` if no
/// waiting buffer starts there with that length. Each buffer can be taken once.
pub(crate) fn take(address: *const u8, len: usize) -> Option<Vec<u8>> {
    WAITING.with(|waiting| {
        let mut waiting = waiting.borrow_mut();
        let index = waiting
            .iter()
            .position(|buffer| std::ptr::eq(buffer.as_ptr(), address) && buffer.len() == len)?;
        Some(waiting.swap_remove(index))
    })
}
