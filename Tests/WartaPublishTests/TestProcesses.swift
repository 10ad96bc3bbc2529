import Foundation

/// Starting, waiting for and killing the test servers' processes.
enum TestProcesses {
    /// Runs a tool to completion; its standard output. (posix_spawn rather than Foundation's
    /// Process: on Linux, Process's one monitoring thread can block waiting on a running server
    /// and then never notices a short tool end.)
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], input: String? = nil) throws -> String {
        var output: [Int32] = [0, 0], stdin: [Int32] = [0, 0]
        // Close-on-exec, so the child holds no copy of the ends it must see closed.
        guard pipe(&output) == 0, pipe(&stdin) == 0 else { throw TestFailure("pipe failed") }
        for descriptor in output + stdin { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        let devnull = open("/dev/null", O_WRONLY | O_CLOEXEC)
        let pid = try spawn(executable, arguments, input: stdin[0], output: output[1], error: devnull)
        close(stdin[0]); close(output[1]); close(devnull)
        if let input { _ = input.utf8CString.withUnsafeBufferPointer { write(stdin[1], $0.baseAddress, $0.count - 1) } }
        close(stdin[1])
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(output[0], &buffer, buffer.count)
            if count <= 0 { break }
            data += buffer[0..<count]
        }
        close(output[0])
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        guard status == 0 else {
            throw TestFailure("\(executable) \(arguments.joined(separator: " ")) exited with status \(status)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Starts a server in the foreground, its output appended to `log`.
    static func start(_ executable: String, _ arguments: [String], log: String) throws -> ServerProcess {
        let logFile = open(log, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        let devnull = open("/dev/null", O_RDONLY | O_CLOEXEC)
        defer { close(logFile); close(devnull) }
        return ServerProcess(pid: try spawn(executable, arguments, input: devnull, output: logFile, error: logFile))
    }

    private static func spawn(_ executable: String, _ arguments: [String], input: Int32, output: Int32, error: Int32) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input, 0)
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_adddup2(&actions, error, 2)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard result == 0 else { throw TestFailure("cannot start \(executable): \(String(cString: strerror(result)))") }
        return pid
    }

    /// A TCP port on 127.0.0.1 nobody listens on right now.
    static func freePort() -> Int {
        let socketHandle = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socketHandle) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketHandle, $0, length) }
        }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socketHandle, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Waits until something accepts connections on the port.
    static func waitForPort(_ port: Int, seconds: Double = 10) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let socketHandle = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            let connected = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(socketHandle, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            close(socketHandle)
            if connected == 0 { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TestFailure("nothing listens on port \(port) after \(seconds) s")
    }

    /// Every process whose parent chain leads to `pid`.
    static func descendants(of pid: Int32) -> [Int32] {
        var parents: [Int32: Int32] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let child = Int32(name), let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, let parent = Int32(fields[1]) { parents[child] = parent }
        }
        var result: [Int32] = []
        var frontier = [pid]
        while let current = frontier.popLast() {
            for (child, parent) in parents where parent == current {
                result.append(child)
                frontier.append(child)
            }
        }
        return result
    }

}

/// A server started by a test, in the foreground.
struct ServerProcess {
    let pid: pid_t

    /// SIGKILL to the server's connection processes, and to the server itself unless `childrenOnly`.
    func kill(childrenOnly: Bool) {
        for child in TestProcesses.descendants(of: pid) { Glibc.kill(child, SIGKILL) }
        if !childrenOnly {
            Glibc.kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
    }

    func stop() {
        var status: Int32 = 0
        guard waitpid(pid, &status, WNOHANG) == 0 else { return }
        for child in TestProcesses.descendants(of: pid) { Glibc.kill(child, SIGTERM) }
        Glibc.kill(pid, SIGTERM)
        waitpid(pid, &status, 0)
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Whether this run must have the servers (CI) or may skip what needs them.
enum TestEnvironment {
    static let inCI = ProcessInfo.processInfo.environment["CI"] == "true"
    static let sshdAvailable = FileManager.default.isExecutableFile(atPath: "/usr/sbin/sshd")
    static let pureFTPdAvailable = FileManager.default.isExecutableFile(atPath: "/usr/sbin/pure-ftpd")
        && FileManager.default.isExecutableFile(atPath: "/usr/bin/pure-pw")
    static let opensslAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl")
    static let isRoot = getuid() == 0

    static func temporaryFolder(_ label: String) throws -> String {
        let path = NSTemporaryDirectory() + "warta-publish-\(label)-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
