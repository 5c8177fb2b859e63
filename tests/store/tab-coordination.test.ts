import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { HEARTBEAT_MS, leaseBackend } from '@/store/edit-lock-backends';
import { setLockBackendForTests, useEditLock } from '@/store/tab-coordination';

afterEach(() => {
  setLockBackendForTests(null);
  localStorage.clear();
  vi.useRealTimers();
});

describe('the localStorage lease used when Web Locks are missing', () => {
  it('lets one tab hold a lock, and tells the holder when another tab takes it over', async () => {
    vi.useFakeTimers();
    const tabA = leaseBackend({ tabId: 'A' });
    const tabB = leaseBackend({ tabId: 'B' });
    const lostA = vi.fn();
    const a = await tabA.acquire('edit:x', { steal: false }, lostA);
    expect(a).toBeDefined();
    expect(await tabB.acquire('edit:x', { steal: false }, vi.fn())).toBeUndefined();

    const b = await tabB.acquire('edit:x', { steal: true }, vi.fn());
    expect(b).toBeDefined();
    vi.advanceTimersByTime(HEARTBEAT_MS);
    expect(lostA).toHaveBeenCalledOnce();
    b?.release();
    expect(await tabA.acquire('edit:x', { steal: false }, vi.fn())).toBeDefined();
  });

  it('frees the lock of a tab that stopped renewing it', async () => {
    let now = 1_000_000;
    const tabA = leaseBackend({ tabId: 'A', now: () => now });
    const tabB = leaseBackend({ tabId: 'B', now: () => now });
    const a = await tabA.acquire('edit:y', { steal: false }, vi.fn());
    now += 60_000;
    const b = await tabB.acquire('edit:y', { steal: false }, vi.fn());
    expect(b).toBeDefined();
    // Stop both heartbeats: none may outlive the test.
    a?.release();
    b?.release();
  });
});

describe('useEditLock', () => {
  it('edits when no other tab does', async () => {
    setLockBackendForTests(leaseBackend({ tabId: 'me' }));
    const { result } = renderHook(() => useEditLock('a1'));
    await waitFor(() => expect(result.current.mode).toBe('editing'));
  });

  it('is read-only while another tab edits, and can take over', async () => {
    const other = leaseBackend({ tabId: 'other' });
    const held = await other.acquire('edit:a2', { steal: false }, vi.fn());
    onTestFinished(() => held?.release());
    setLockBackendForTests(leaseBackend({ tabId: 'me' }));
    const { result } = renderHook(() => useEditLock('a2'));
    await waitFor(() => expect(result.current.mode).toBe('readOnly'));
    act(() => result.current.takeOver());
    expect(result.current.mode).toBe('checking');
    await waitFor(() => expect(result.current.mode).toBe('editing'), { timeout: 4000 });
  });

  it('edits when there is no way to coordinate tabs', async () => {
    setLockBackendForTests(undefined);
    const { result } = renderHook(() => useEditLock('a3'));
    await waitFor(() => expect(result.current.mode).toBe('editing'));
  });
});

describe('a read-only tab', () => {
  it('becomes the editing tab by itself when the editing tab lets go', async () => {
    const other = leaseBackend({ tabId: 'other' });
    const held = await other.acquire('edit:a4', { steal: false }, vi.fn());
    setLockBackendForTests(leaseBackend({ tabId: 'me' }));
    const { result } = renderHook(() => useEditLock('a4'));
    await waitFor(() => expect(result.current.mode).toBe('readOnly'));
    // Still read-only while the other tab holds on.
    await new Promise((r) => setTimeout(r, HEARTBEAT_MS + 200));
    expect(result.current.mode).toBe('readOnly');
    held?.release();
    await waitFor(() => expect(result.current.mode).toBe('editing'), {
      timeout: HEARTBEAT_MS * 2 + 1000,
    });
    // …and holds the lock now: the other tab cannot take it without taking over.
    expect(await other.acquire('edit:a4', { steal: false }, vi.fn())).toBeUndefined();
  }, 15_000);
});
