import Foundation

/// Starting, waiting for and killing the test servers' processes.
enum TestProcesses {
    /// Runs a tool to completion; its standard output.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], input: String? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw TestFailure("\(executable) \(arguments.joined(separator: " ")) exited with \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Starts a server in the foreground, its output into `log`.
    static func start(_ executable: String, _ arguments: [String], log: String) throws -> Process {
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        try handle.seekToEnd()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
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

    /// SIGKILL to the server's connection processes, and to the server itself unless `childrenOnly`.
    static func kill(_ process: Process, childrenOnly: Bool) {
        let pid = process.processIdentifier
        for child in descendants(of: pid) { Glibc.kill(child, SIGKILL) }
        if !childrenOnly {
            Glibc.kill(pid, SIGKILL)
            process.waitUntilExit()
        }
    }

    static func stop(_ process: Process) {
        guard process.isRunning else { return }
        for child in descendants(of: process.processIdentifier) { Glibc.kill(child, SIGTERM) }
        process.terminate()
        process.waitUntilExit()
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
