import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Tries the address before anything is built, so that a port already in use is a one-line
/// message rather than a failure deep inside the server.
enum PortProbe {
    enum Outcome: Equatable {
        /// The port that would be used (the one asked for, or a free one for port 0).
        case available(Int)
        case failed(errno: Int32, reason: String)
        case unknownHost(String)
    }

    static func probe(host: String, port: Int) -> Outcome {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let first = list else {
            return .unknownHost(String(cString: gai_strerror(status)))
        }
        defer { freeaddrinfo(list) }

        let fd = socket(first.pointee.ai_family, first.pointee.ai_socktype, first.pointee.ai_protocol)
        guard fd >= 0 else { return .failed(errno: errno, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var yes: Int32 = 1
        // The server sets SO_REUSEADDR too: a port left in TIME_WAIT by a previous run is free.
        _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        guard bind(fd, first.pointee.ai_addr, first.pointee.ai_addrlen) == 0 else {
            let code = errno
            return .failed(errno: code, reason: String(cString: strerror(code)))
        }
        if port != 0 { return .available(port) }
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let named = withUnsafeMutablePointer(to: &storage) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else { return .failed(errno: errno, reason: String(cString: strerror(errno))) }
        let family = Int32(storage.ss_family)
        let bound: UInt16 = withUnsafeBytes(of: storage) { raw in
            family == AF_INET6 ? raw.load(as: sockaddr_in6.self).sin6_port : raw.load(as: sockaddr_in.self).sin_port
        }
        return .available(Int(UInt16(bigEndian: bound)))
    }
}
