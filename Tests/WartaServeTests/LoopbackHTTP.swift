import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A deliberately small HTTP/1.1 client over a plain socket to 127.0.0.1, so the end-to-end test
/// sees exactly what a browser would receive (status, headers, bytes) without depending on
/// URLSession's behaviour on Linux.
enum LoopbackHTTP {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: [UInt8]
        var text: String { String(decoding: body, as: UTF8.self) }
        func header(_ name: String) -> String? { headers[name.lowercased()] }
    }

    enum Failure: Error { case connect(Int32), malformed(String) }

    /// `timeout` bounds each read: long, because a preview answering during a rebuild on a loaded
    /// machine (a CI run with every suite at once) can take seconds; a read that times out looks
    /// like an empty, malformed response.
    static func connect(port: Int, timeout: Double = 60) throws -> Int32 {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw Failure.connect(errno) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { let code = errno; close(fd); throw Failure.connect(code) }
        var limit = timeval()
        limit.tv_sec = Int(timeout)
        limit.tv_usec = .init((timeout - Double(Int(timeout))) * 1_000_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        return fd
    }

    static func send(_ fd: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, 0) }
            if sent <= 0 { return }
            offset += sent
        }
    }

    /// One request, made on a thread of its own: blocking a thread of Swift's small cooperative
    /// pool (two on a two-core machine) could starve the in-process server of the threads it
    /// needs to answer.
    static func request(_ path: String, port: Int, method: String = "GET") async throws -> Response {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try blockingRequest(path, port: port, method: method) }) }.start()
        }
    }

    /// One request with `Connection: close`; reads until the server closes the connection.
    static func blockingRequest(_ path: String, port: Int, method: String = "GET") throws -> Response {
        let fd = try connect(port: port)
        defer { close(fd) }
        send(fd, "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n")
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            data.append(contentsOf: buffer[0..<count])
        }
        return try parse(data, method: method)
    }

    static func parse(_ data: [UInt8], method: String) throws -> Response {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        guard let end = data.indices.first(where: { data[$0...].starts(with: separator) }) else {
            throw Failure.malformed(String(decoding: data, as: UTF8.self))
        }
        let head = String(decoding: data[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = head[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw Failure.malformed(head[0]) }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Array(data[(end + 4)...])
        if let length = headers["content-length"].flatMap(Int.init), method != "HEAD" {
            body = Array(body.prefix(length))
        }
        return Response(status: status, headers: headers, body: body)
    }
}

/// Listens on `/_warta/events` on a thread of its own and keeps everything received, so a test
/// can wait (with a time limit) for an event to arrive.
final class EventListener: @unchecked Sendable {
    private let lock = NSLock()
    private var received = ""
    private var ended = false
    private let fd: Int32

    init(port: Int) throws {
        fd = try LoopbackHTTP.connect(port: port, timeout: 30)
        LoopbackHTTP.send(fd, "GET /_warta/events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n")
        let thread = Thread { [self] in
            var buffer = [UInt8](repeating: 0, count: 16384)
            while true {
                let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
                if count <= 0 { break }
                let text = String(decoding: buffer[0..<count], as: UTF8.self)
                lock.withLock { received += text }
            }
            lock.withLock { ended = true }
        }
        thread.start()
    }

    var text: String { lock.withLock { received } }
    var hasEnded: Bool { lock.withLock { ended } }

    /// How many times `event: name` has arrived.
    func count(_ name: String) -> Int {
        text.components(separatedBy: "event: \(name)\n").count - 1
    }

    func close() { shutdown(fd, Int32(SHUT_RDWR)) }

    deinit { Glibc.close(fd) }
}

/// Polls `condition` until it holds or `seconds` pass; tests stay bounded in time.
func eventually(within seconds: Double = 10, _ condition: () async throws -> Bool) async rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try await condition() { return true }
        try? await Task.sleep(for: .milliseconds(50))
    }
    return try await condition()
}
