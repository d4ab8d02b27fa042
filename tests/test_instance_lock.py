"""One Tresse per data directory: a second instance is refused, stale locks are taken over, never two writers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

from desktop.instance_lock import LOCK_NAME, InstanceLock, LockHeldError, this_host


def write_lock(folder, *, host, pid, age=0.0, token="old"):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOCK_NAME
    path.write_text(json.dumps({"host": host, "pid": pid, "token": token, "started": "2026-11-30T08:00:00+00:00"}))
    if age:
        stamp = time.time() - age
        os.utime(path, (stamp, stamp))
    return path


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_acquire_and_release(tmp_path):
    lock = InstanceLock(tmp_path / "data")
    lock.acquire()
    record = json.loads((tmp_path / "data" / LOCK_NAME).read_text())
    assert record["host"] == this_host() and record["pid"] == os.getpid() and record["started"]
    if os.name == "posix":
        assert oct(os.stat(tmp_path / "data").st_mode & 0o777) == oct(0o700)
    lock.release()
    assert not (tmp_path / "data" / LOCK_NAME).exists()


SECOND = """
import sys
from desktop.instance_lock import InstanceLock, LockHeldError
try:
    InstanceLock(sys.argv[1]).acquire()
except LockHeldError as exc:
    print("held", exc.same_host, exc.can_take_over, exc.owner.pid)
    sys.exit(3)
print("acquired")
"""


def test_a_second_process_is_refused_while_the_first_runs(tmp_path):
    with InstanceLock(tmp_path):
        done = subprocess.run([sys.executable, "-c", SECOND, str(tmp_path)], capture_output=True, text=True,
                              env=dict(os.environ, PYTHONPATH=os.getcwd()), timeout=60)
        assert done.returncode == 3, done.stderr
        assert done.stdout.split() == ["held", "True", "False", str(os.getpid())]
    done = subprocess.run([sys.executable, "-c", SECOND, str(tmp_path)], capture_output=True, text=True,
                          env=dict(os.environ, PYTHONPATH=os.getcwd()), timeout=60)
    assert done.stdout.strip() == "acquired"


def test_a_lock_of_a_dead_process_on_this_host_is_taken_over(tmp_path):
    write_lock(tmp_path, host=this_host(), pid=dead_pid())
    lock = InstanceLock(tmp_path)
    lock.acquire()
    assert json.loads((tmp_path / LOCK_NAME).read_text())["pid"] == os.getpid()
    assert sorted(p.name for p in tmp_path.iterdir()) == [LOCK_NAME]
    lock.release()


def test_an_unreadable_old_lock_is_taken_over_but_a_fresh_one_is_not(tmp_path):
    path = tmp_path / LOCK_NAME
    path.write_text("")
    with pytest.raises(LockHeldError):
        InstanceLock(tmp_path).acquire()
    stamp = time.time() - 60
    os.utime(path, (stamp, stamp))
    with InstanceLock(tmp_path) as lock:
        assert lock.held


def test_another_hosts_recent_lock_is_asked_about_then_taken_over(tmp_path):
    write_lock(tmp_path, host="portable-de-claire", pid=4242, age=600)
    lock = InstanceLock(tmp_path)
    with pytest.raises(LockHeldError) as caught:
        lock.acquire()
    seen = caught.value
    assert not seen.same_host and seen.can_take_over and not seen.stale
    assert seen.owner.host == "portable-de-claire" and 590 < seen.owner.age_seconds < 700
    lock.take_over(seen)  # the user confirmed Tresse is closed over there
    assert json.loads((tmp_path / LOCK_NAME).read_text())["host"] == this_host()
    lock.release()


def test_another_hosts_lock_older_than_a_day_is_stale(tmp_path):
    write_lock(tmp_path, host="nas-asso", pid=1, age=2 * 24 * 3600)
    with pytest.raises(LockHeldError) as caught:
        InstanceLock(tmp_path).acquire()
    assert caught.value.stale and caught.value.can_take_over


def test_taking_over_a_lock_that_changed_meanwhile_leaves_the_new_owner(tmp_path):
    write_lock(tmp_path, host="portable-de-claire", pid=4242, token="first")
    mine = InstanceLock(tmp_path)
    with pytest.raises(LockHeldError) as caught:
        mine.acquire()
    # meanwhile Claire's computer releases and a third computer takes the lock
    write_lock(tmp_path, host="troisieme", pid=7, token="third")
    with pytest.raises(LockHeldError) as again:
        mine.take_over(caught.value)
    assert again.value.owner.host == "troisieme"
    assert json.loads((tmp_path / LOCK_NAME).read_text())["token"] == "third"


def test_a_live_lock_of_this_host_is_never_taken_over(tmp_path):
    write_lock(tmp_path, host=this_host(), pid=os.getppid())
    with pytest.raises(LockHeldError) as caught:
        InstanceLock(tmp_path).acquire()
    with pytest.raises(LockHeldError):
        InstanceLock(tmp_path).take_over(caught.value)
    assert json.loads((tmp_path / LOCK_NAME).read_text())["pid"] == os.getppid()


def test_release_leaves_someone_elses_lock(tmp_path):
    lock = InstanceLock(tmp_path)
    lock.acquire()
    write_lock(tmp_path, host="autre", pid=1, token="theirs")
    lock.release()
    assert (tmp_path / LOCK_NAME).exists()


def test_a_lock_that_changed_meanwhile_is_put_back_without_hard_links(tmp_path, monkeypatch):
    """On a FAT-formatted USB key there are no hard links: the newer owner's lock is renamed back."""
    write_lock(tmp_path, host="portable-de-claire", pid=4242, token="first")
    mine = InstanceLock(tmp_path)
    with pytest.raises(LockHeldError) as caught:
        mine.acquire()
    write_lock(tmp_path, host="troisieme", pid=7, token="third")

    def no_links(*args):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    with pytest.raises(LockHeldError):
        mine.take_over(caught.value)
    assert json.loads((tmp_path / LOCK_NAME).read_text())["token"] == "third"
    assert sorted(p.name for p in tmp_path.iterdir()) == [LOCK_NAME]
