import CCurl
import CCurlCalls
import Foundation

/// Publishing over SFTP, FTPS or FTP with libcurl: one easy handle for the whole publish, so one
/// connection (and one login) is reused for every file. Files are uploaded under a temporary
/// name and renamed into place. FTP's rename replaces the old file in one step; SFTP's (protocol
/// version 3, as OpenSSH serves it) cannot replace a file, so the old one is removed one request
/// before the rename: a page is briefly absent, never half there.
final class CurlTransport: PublishTransport {
    private let target: PublishTarget
    private let options: PublishOptions
    private let handle: UnsafeMutableRawPointer
    private let errorBuffer: UnsafeMutablePointer<CChar>
    private let hostCheck: HostKeyCheck?
    private let user: String?
    private let keyFile: String?
    private let useAgent: Bool
    private let offersPassword: Bool
    private let methods: [String]
    private var freshConnection = false

    private static let globalInit: Void = { _ = curl_global_init(Int(CURL_GLOBAL_DEFAULT)) }()

    init(target: PublishTarget, options: PublishOptions) throws(PublishProblem) {
        _ = Self.globalInit
        self.target = target
        self.options = options
        let hasNetrc = FileManager.default.isReadableFile(atPath: options.netrcPath)
        if target.scheme == .sftp {
            user = target.user ?? options.localUser
            keyFile = try options.resolvedKeyFile()
            useAgent = options.agentAvailable
            offersPassword = options.password != nil || hasNetrc
            var methods: [String] = []
            if useAgent { methods.append("agen SSH / SSH agent") }
            if let keyFile { methods.append(keyFile) }
            if options.password != nil { methods.append("WARTA_PUBLISH_PASSWORD") } else if hasNetrc { methods.append(options.netrcPath) }
            guard !methods.isEmpty else {
                throw .noCredentials(user: user!, host: target.hostLabel,
                                     searched: ["SSH_AUTH_SOCK", "WARTA_PUBLISH_KEY"] + options.defaultKeyFiles + ["WARTA_PUBLISH_PASSWORD", options.netrcPath])
            }
            self.methods = methods
            hostCheck = HostKeyCheck(knownHostsPath: options.knownHostsPath, acceptNew: options.acceptNewHostKey,
                                     host: target.host, port: target.port)
        } else {
            user = target.user
            keyFile = nil
            useAgent = false
            offersPassword = true
            hostCheck = nil
            guard options.password != nil || hasNetrc else {
                throw .noCredentials(user: target.user ?? "?", host: target.hostLabel,
                                     searched: ["WARTA_PUBLISH_PASSWORD", options.netrcPath])
            }
            methods = [options.password != nil ? "WARTA_PUBLISH_PASSWORD" : options.netrcPath]
        }
        guard let easy = curl_easy_init() else { throw .connectionFailed(host: target.hostLabel, detail: "curl_easy_init") }
        handle = easy
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
    }

    deinit {
        curl_easy_cleanup(handle)
        errorBuffer.deallocate()
    }

    // MARK: Paths

    private var isFTP: Bool { target.scheme != .sftp }

    /// The user goes into the URL rather than CURLOPT_USERNAME: curl 7.88 looks a password up
    /// in ~/.netrc only for a user named there.
    private var origin: String {
        let host = target.host.contains(":") ? "[\(target.host)]" : target.host
        let scheme = target.scheme == .sftp ? "sftp" : "ftp"
        let userPart = user.map { Self.encode(Substring($0)) + "@" } ?? ""
        return "\(scheme)://\(userPart)\(host)" + (target.port.map { ":\($0)" } ?? "")
    }

    /// The URL of a path under the target (`directory/` for a folder).
    private func url(_ path: String) -> String {
        let full = target.path + path
        if isFTP {
            // ftp://host/a/ is relative to the login folder; an absolute path starts with %2F.
            let relative = full.dropFirst()
            let absolute = relative.hasPrefix("/")
            let encoded = relative.split(separator: "/", omittingEmptySubsequences: false).map { Self.encode($0) }.joined(separator: "/")
            return origin + "/" + (absolute ? "%2F" + encoded.dropFirst() : encoded)
        }
        return origin + full.split(separator: "/", omittingEmptySubsequences: false).map { Self.encode($0) }.joined(separator: "/")
    }

    private static let unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    private static func encode(_ segment: Substring) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: unreserved) ?? String(segment)
    }

    /// The path as an SFTP quote command argument: absolute (or `/~/…`), in double quotes.
    private func sftpArgument(_ path: String) -> String {
        let full = target.path + path
        return "\"" + full.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    // MARK: Operations

    func read(_ path: String) throws(TransportFailure) -> [UInt8]? {
        let sink = ByteSink()
        let code = perform(url(path), path: path) { handle in
            self.receive(into: sink)
        }
        if code == CURLE_REMOTE_FILE_NOT_FOUND || (isFTP && code == CURLE_REMOTE_ACCESS_DENIED) { return nil }
        try check(code, path: path)
        return sink.bytes
    }

    func list(_ directory: String) throws(TransportFailure) -> [RemoteEntry] {
        let sink = ByteSink()
        let folder = directory.isEmpty ? "" : directory + "/"
        let code = perform(url(folder), path: folder) { handle in
            self.receive(into: sink)
            if self.isFTP { _ = warta_curl_set_string(handle, CURLOPT_CUSTOMREQUEST, "MLSD") }
        }
        if code == CURLE_REMOTE_FILE_NOT_FOUND || code == CURLE_REMOTE_ACCESS_DENIED { return [] }
        try check(code, path: folder)
        let text = String(decoding: sink.bytes, as: UTF8.self)
        return isFTP ? DirectoryListing.parseMLSD(text) : DirectoryListing.parseLongList(text, now: Int64(Date().timeIntervalSince1970))
    }

    func upload(from localPath: String, size: Int64, modified: Int64, to path: String,
                progress: (Int64) -> Void) throws(TransportFailure) {
        guard let file = fopen(localPath, "rb") else {
            throw TransportFailure(problem: .siteFolderUnreadable(path: localPath, reason: String(cString: strerror(errno))), connectionDropped: false)
        }
        defer { fclose(file) }
        try send(file, size: size, modified: modified, to: path, progress: progress)
    }

    func write(_ bytes: [UInt8], to path: String) throws(TransportFailure) {
        var copy = bytes
        let outcome: Result<Void, TransportFailure> = copy.withUnsafeMutableBytes { buffer in
            guard let file = fmemopen(buffer.baseAddress, buffer.count, "rb") else {
                return .failure(TransportFailure(problem: .remoteOperationFailed(path: path, detail: "fmemopen"), connectionDropped: false))
            }
            defer { fclose(file) }
            do throws(TransportFailure) {
                try send(file, size: Int64(buffer.count), modified: Int64(Date().timeIntervalSince1970), to: path, progress: { _ in })
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        try outcome.get()
    }

    private func send(_ file: UnsafeMutablePointer<FILE>, size: Int64, modified: Int64, to path: String,
                      progress: (Int64) -> Void) throws(TransportFailure) {
        let partial = RemotePaths.partial(of: path)
        let commands: [String]
        if isFTP {
            let name = RemotePaths.split(path).name
            // After the upload curl stands in the file's folder.
            commands = ["RNFR " + RemotePaths.split(partial).name, "RNTO " + name,
                        "*MFMT \(DirectoryListing.compactTime(modified, sftp: false)) " + name]
        } else {
            commands = ["*rm " + sftpArgument(path), "rename \(sftpArgument(partial)) \(sftpArgument(path))",
                        "*mtime \"\(DirectoryListing.compactTime(modified, sftp: true))\" \(sftpArgument(path))"]
        }
        let list = Self.list(commands)
        defer { curl_slist_free_all(list) }
        let code = withoutActuallyEscaping(progress) { progress in
            let reporter = ProgressReporter(progress)
            return perform(url(partial), path: path) { handle in
                _ = warta_curl_set_long(handle, CURLOPT_UPLOAD, 1)
                _ = warta_curl_set_pointer(handle, CURLOPT_READDATA, file)
                _ = warta_curl_set_offset(handle, CURLOPT_INFILESIZE_LARGE, curl_off_t(size))
                _ = warta_curl_set_long(handle, CURLOPT_FTP_CREATE_MISSING_DIRS, Int(CURLFTP_CREATE_DIR_RETRY.rawValue))
                _ = warta_curl_set_list(handle, CURLOPT_POSTQUOTE, list)
                _ = warta_curl_set_long(handle, CURLOPT_NOPROGRESS, 0)
                _ = warta_curl_set_xferinfo_function(handle, progressCallback)
                _ = warta_curl_set_pointer(handle, CURLOPT_XFERINFODATA, Unmanaged.passUnretained(reporter).toOpaque())
            }
        }
        try check(code, path: path)
    }

    func delete(_ path: String) throws(TransportFailure) {
        try command(on: path, ftp: "DELE", sftp: "rm")
    }

    func removeDirectoryIfEmpty(_ path: String) throws(TransportFailure) {
        try command(on: path, ftp: "RMD", sftp: "rmdir")
    }

    func reconnect() { freshConnection = true }

    /// One command on the server in a request that transfers nothing. The `*` prefix lets it fail
    /// (a file already gone, a folder still holding foreign files) without failing the request; a
    /// dropped connection still fails it. FTP sends it after curl has changed into the folder
    /// holding the path (a reused connection may stand anywhere before that); SFTP names the path whole.
    private func command(on path: String, ftp: String, sftp: String) throws(TransportFailure) {
        let (directory, name) = RemotePaths.split(path)
        let list = Self.list([isFTP ? "*\(ftp) \(name)" : "*\(sftp) \(sftpArgument(path))"])
        defer { curl_slist_free_all(list) }
        let code = perform(url(isFTP ? directory : ""), path: path) { handle in
            _ = warta_curl_set_long(handle, CURLOPT_NOBODY, 1)
            _ = warta_curl_set_list(handle, self.isFTP ? CURLOPT_POSTQUOTE : CURLOPT_QUOTE, list)
        }
        // The folder itself is gone: so is what it held.
        if isFTP && code == CURLE_REMOTE_ACCESS_DENIED { return }
        try check(code, path: path)
    }

    // MARK: curl

    private func perform(_ url: String, path: String, configure: (UnsafeMutableRawPointer) -> Void) -> CURLcode {
        curl_easy_reset(handle)
        errorBuffer[0] = 0
        hostCheck?.reset()
        _ = warta_curl_set_string(handle, CURLOPT_URL, url)
        _ = warta_curl_set_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer)
        _ = warta_curl_set_long(handle, CURLOPT_NOSIGNAL, 1)
        _ = warta_curl_set_long(handle, CURLOPT_CONNECTTIMEOUT, options.connectTimeoutSeconds)
        // A connection that stalls (no byte for 30 s) counts as dropped.
        _ = warta_curl_set_long(handle, CURLOPT_LOW_SPEED_LIMIT, 1)
        _ = warta_curl_set_long(handle, CURLOPT_LOW_SPEED_TIME, 30)
        // libssh2 sends an SFTP upload in pieces of curl's buffer; larger pieces, fewer waits.
        _ = warta_curl_set_long(handle, CURLOPT_UPLOAD_BUFFERSIZE, 256 << 10)
        _ = warta_curl_set_long(handle, CURLOPT_BUFFERSIZE, 256 << 10)
        if freshConnection {
            _ = warta_curl_set_long(handle, CURLOPT_FRESH_CONNECT, 1)
            freshConnection = false
        }
        if let password = options.password {
            _ = warta_curl_set_string(handle, CURLOPT_PASSWORD, password)
        } else if FileManager.default.isReadableFile(atPath: options.netrcPath) {
            _ = warta_curl_set_long(handle, CURLOPT_NETRC, Int(CURL_NETRC_OPTIONAL.rawValue))
            _ = warta_curl_set_string(handle, CURLOPT_NETRC_FILE, options.netrcPath)
        }
        switch target.scheme {
        case .sftp:
            var types = 0
            if keyFile != nil { types |= Int(CURLSSH_AUTH_PUBLICKEY) }
            if useAgent { types |= Int(CURLSSH_AUTH_AGENT) }
            if offersPassword { types |= Int(CURLSSH_AUTH_PASSWORD) | Int(CURLSSH_AUTH_KEYBOARD) }
            _ = warta_curl_set_long(handle, CURLOPT_SSH_AUTH_TYPES, types)
            if let keyFile {
                _ = warta_curl_set_string(handle, CURLOPT_SSH_PRIVATE_KEYFILE, keyFile)
                // Empty: libssh2 derives the package key from the private one.
                _ = warta_curl_set_string(handle, CURLOPT_SSH_PUBLIC_KEYFILE, "")
            }
            if let passphrase = options.keyPassphrase { _ = warta_curl_set_string(handle, CURLOPT_KEYPASSWD, passphrase) }
            _ = warta_curl_set_string(handle, CURLOPT_SSH_KNOWNHOSTS, options.knownHostsPath)
            _ = warta_curl_set_ssh_key_function(handle, hostKeyCallback)
            _ = warta_curl_set_pointer(handle, CURLOPT_SSH_KEYDATA, Unmanaged.passUnretained(hostCheck!).toOpaque())
        case .ftps:
            _ = warta_curl_set_long(handle, CURLOPT_USE_SSL, Int(CURLUSESSL_ALL.rawValue))
            if let ca = options.caFile { _ = warta_curl_set_string(handle, CURLOPT_CAINFO, ca) }
        case .ftp, .file:
            break
        }
        configure(handle)
        return curl_easy_perform(handle)
    }

    private func receive(into sink: ByteSink) {
        _ = warta_curl_set_write_function(handle, writeCallback)
        _ = warta_curl_set_pointer(handle, CURLOPT_WRITEDATA, Unmanaged.passUnretained(sink).toOpaque())
    }

    private var detail: String { String(cString: errorBuffer) }

    private func check(_ code: CURLcode, path: String) throws(TransportFailure) {
        guard code != CURLE_OK else { return }
        let detail = self.detail.isEmpty ? String(cString: curl_easy_strerror(code)) : self.detail
        if let refusal = hostCheck?.refusal { throw TransportFailure(problem: refusal, connectionDropped: false) }
        let host = target.hostLabel
        switch code {
        case CURLE_LOGIN_DENIED, CURLE_AUTH_ERROR:
            throw TransportFailure(problem: .authenticationFailed(user: user ?? "?", host: host, methods: methods), connectionDropped: false)
        case CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_CERTPROBLEM, CURLE_USE_SSL_FAILED:
            throw TransportFailure(problem: .certificateRejected(host: host, detail: detail), connectionDropped: false)
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_CONNECT, CURLE_SEND_ERROR, CURLE_RECV_ERROR, CURLE_SSH,
             CURLE_PARTIAL_FILE, CURLE_OPERATION_TIMEDOUT, CURLE_GOT_NOTHING, CURLE_UPLOAD_FAILED,
             CURLE_WEIRD_SERVER_REPLY, CURLE_FTP_ACCEPT_FAILED, CURLE_FTP_ACCEPT_TIMEOUT, CURLE_FTP_WEIRD_PASV_REPLY,
             CURLE_FTP_CANT_GET_HOST, CURLE_SSL_CONNECT_ERROR, CURLE_AGAIN:
            throw TransportFailure(problem: .connectionFailed(host: host, detail: detail), connectionDropped: true)
        case CURLE_QUOTE_ERROR:
            // curl reports a rename on a connection that just died as a failed command.
            throw TransportFailure(problem: .remoteOperationFailed(path: path, detail: detail), connectionDropped: true)
        default:
            throw TransportFailure(problem: .remoteOperationFailed(path: path, detail: detail), connectionDropped: false)
        }
    }

    private static func list(_ commands: [String]) -> UnsafeMutablePointer<curl_slist>? {
        var list: UnsafeMutablePointer<curl_slist>?
        for command in commands { list = curl_slist_append(list, command) }
        return list
    }
}

/// Bytes curl receives (a listing, the manifest).
private final class ByteSink {
    var bytes: [UInt8] = []
}

/// The upload progress callback of one transfer.
private final class ProgressReporter {
    let report: (Int64) -> Void
    init(_ report: @escaping (Int64) -> Void) { self.report = report }
}

private let writeCallback: curl_write_callback = { pointer, size, count, context in
    let sink = Unmanaged<ByteSink>.fromOpaque(context!).takeUnretainedValue()
    let length = size * count
    if let pointer, length > 0 { sink.bytes.append(contentsOf: UnsafeRawBufferPointer(start: pointer, count: length)) }
    return length
}

private let progressCallback: curl_xferinfo_callback = { context, _, _, _, uploaded in
    Unmanaged<ProgressReporter>.fromOpaque(context!).takeUnretainedValue().report(Int64(uploaded))
    return 0
}

private let hostKeyCallback: curl_sshkeycallback = { _, _, found, match, context in
    guard let found, let context else { return Int32(CURLKHSTAT_REJECT.rawValue) }
    let check = Unmanaged<HostKeyCheck>.fromOpaque(context).takeUnretainedValue()
    return Int32(check.decide(found: found.pointee, match: match).rawValue)
}
