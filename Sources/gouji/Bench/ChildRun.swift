import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One child process run to its end, with what the kernel counted of it. Foundation's `Process`
/// reaps its children itself and drops their resource usage, hence `posix_spawn` and `wait4`.
struct ChildRun {
    /// Wall-clock time.
    var seconds: Double
    /// User and system time of the child and of every process it waited for (a batch's workers).
    var cpuSeconds: Double
    /// The peak resident memory of the largest single process among them, in MB. It cannot read
    /// lower than this process's own peak when it spawned the child (the kernel counts the memory
    /// the child shared before exec), so measure before this process grows.
    var peakMB: Double
    /// The exit status, or 128 + the signal that ended it.
    var status: Int32

    /// Runs `arguments` (the first an executable's path) with its standard output thrown away,
    /// and its standard error too if `quiet`.
    static func run(_ arguments: [String], quiet: Bool = false) throws(BenchError) -> ChildRun {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        if quiet { posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0) }
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }

        let start = DispatchTime.now().uptimeNanoseconds
        var pid = pid_t()
        let spawned = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchError("cannot run \(arguments[0]): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 {
            guard errno == EINTR else { throw BenchError("cannot wait for \(arguments[0]): \(String(cString: strerror(errno)))") }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        func time(_ value: timeval) -> Double { Double(value.tv_sec) + Double(value.tv_usec) / 1e6 }
        let signal = status & 0x7f
        return ChildRun(seconds: seconds, cpuSeconds: time(usage.ru_utime) + time(usage.ru_stime),
                        peakMB: Double(usage.ru_maxrss) / 1024,  // Linux counts it in kilobytes
                        status: signal == 0 ? (status >> 8) & 0xff : 128 + signal)
    }
}
