/// Everything that can go wrong (or deserves a warning) while publishing, as data: the CLI turns
/// each into a diagnostic. Messages say what happened and what to do, Indonesian first; names,
/// paths and server texts quoted from elsewhere are never translated. No case ever carries a
/// password, a key or a URL with credentials.
package enum PublishProblem: Error, Equatable, Sendable {
    /// The target is not a URL Warta can publish to.
    case invalidTarget(String)
    /// A scheme other than sftp, ftps, ftp and file.
    case unsupportedScheme(String)
    /// `user:password@` inside the target; the target is quoted with the password removed.
    case passwordInTarget(redacted: String)
    /// Plain FTP sends the password and the pages unencrypted.
    case unencryptedFTP(host: String)
    /// The local site folder (output/) does not exist or cannot be read.
    case siteFolderUnreadable(path: String, reason: String)
    /// A file name that cannot travel safely (a line break or a control character in it).
    case unpublishableName(path: String)
    /// No way to log in was found: no agent, no key file, no password.
    case noCredentials(user: String, host: String, searched: [String])
    /// A key file named by an option or WARTA_PUBLISH_KEY that is not there.
    case keyFileMissing(path: String)
    /// The server refused the user's key or password.
    case authenticationFailed(user: String, host: String, methods: [String])
    /// The server's host key is not in known_hosts yet.
    case unknownHostKey(host: String, keyType: String, fingerprint: String, knownHosts: String)
    /// The server's host key differs from the one known_hosts holds for it.
    case changedHostKey(host: String, keyType: String, fingerprint: String, knownHosts: String)
    /// The accepted host key could not be written to known_hosts.
    case knownHostsUnwritable(path: String, reason: String)
    /// The TLS certificate of an FTPS server could not be verified.
    case certificateRejected(host: String, detail: String)
    /// The server could not be reached at all.
    case connectionFailed(host: String, detail: String)
    /// The connection kept dropping; `completed` of `total` steps are online.
    case connectionLost(host: String, completed: Int, total: Int, attempts: Int, detail: String)
    /// The server refused an operation on one file.
    case remoteOperationFailed(path: String, detail: String)
    /// The folder target could not be written.
    case folderOperationFailed(path: String, reason: String)
    /// The manifest on the target could not be read as one; the target was listed instead.
    case manifestUnreadable(path: String)
    /// The manifest no longer matches what the target holds; the target was listed instead.
    case manifestStale(path: String)
    /// Files on the target that Warta did not put there (no manifest names them) and the site lacks:
    /// kept, because only what Warta itself uploaded is ever deleted.
    case foreignFilesKept(count: Int, examples: [String])

    package enum Severity: Sendable { case error, warning }

    package var severity: Severity {
        switch self {
        case .unencryptedFTP, .manifestUnreadable, .manifestStale, .foreignFilesKept: return .warning
        default: return .error
        }
    }

    package var indonesian: String {
        switch self {
        case .invalidTarget(let text):
            return "tujuan publikasi '\(text)' bukan alamat yang dikenal; tulis misalnya sftp://pengguna@server/public_html/, ftps://pengguna@server/public_html/ atau file:///mnt/share/situs/"
        case .unsupportedScheme(let scheme):
            return "skema '\(scheme)' tidak didukung untuk publikasi; gunakan sftp://, ftps://, ftp:// atau file://"
        case .passwordInTarget(let redacted):
            return "tujuan '\(redacted)' memuat kata sandi; hapus kata sandi dari alamat dan simpan di ~/.netrc atau variabel lingkungan WARTA_PUBLISH_PASSWORD (kata sandi tidak boleh ada di proyek)"
        case .unencryptedFTP(let host):
            return "ftp:// ke '\(host)' tidak dienkripsi: kata sandi dan halaman terkirim terbuka; gunakan ftps:// atau sftp:// bila server mendukungnya"
        case .siteFolderUnreadable(let path, let reason):
            return "folder situs '\(path)' tidak dapat dibaca (\(reason)); jalankan 'warta build' dahulu"
        case .unpublishableName(let path):
            return "nama berkas '\(path)' memuat karakter kendali atau pindah baris dan tidak dapat diunggah dengan aman; ganti nama berkasnya"
        case .noCredentials(let user, let host, let searched):
            return "tidak ada cara masuk sebagai '\(user)' ke '\(host)': tidak ada agen SSH, kunci, atau kata sandi (dicari: \(searched.joined(separator: ", "))); buat kunci dengan 'ssh-keygen -t ed25519', berikan kunci lewat WARTA_PUBLISH_KEY, atau simpan kata sandi di ~/.netrc"
        case .keyFileMissing(let path):
            return "berkas kunci '\(path)' tidak ada; periksa jalur pada opsi kunci atau WARTA_PUBLISH_KEY"
        case .authenticationFailed(let user, let host, let methods):
            return "server '\(host)' menolak masuk sebagai '\(user)' (dicoba: \(methods.joined(separator: ", "))); periksa nama pengguna, kunci publik di authorized_keys server, atau kata sandi di ~/.netrc / WARTA_PUBLISH_PASSWORD. Tidak ada yang diubah di server"
        case .unknownHostKey(let host, let keyType, let fingerprint, let knownHosts):
            return "kunci host '\(host)' (\(keyType) \(fingerprint)) belum dikenal di '\(knownHosts)'; tidak ada yang diunggah. Cocokkan sidik jari itu dengan yang diberikan pengelola server, lalu jalankan lagi dengan --accept-new-host-key"
        case .changedHostKey(let host, let keyType, let fingerprint, let knownHosts):
            return "kunci host '\(host)' berubah (sekarang \(keyType) \(fingerprint)) dan tidak cocok dengan '\(knownHosts)'; publikasi ditolak karena bisa jadi ada penyadapan. Tanyakan pengelola server; bila perubahan itu sah, hapus baris lamanya dengan 'ssh-keygen -R' lalu terima kunci baru"
        case .knownHostsUnwritable(let path, let reason):
            return "kunci host tidak dapat disimpan di '\(path)' (\(reason)); periksa izin folder ~/.ssh"
        case .certificateRejected(let host, let detail):
            return "sertifikat TLS server '\(host)' tidak dapat diverifikasi (\(detail)); pastikan nama server benar, atau berikan sertifikat penerbitnya lewat WARTA_PUBLISH_CA_FILE"
        case .connectionFailed(let host, let detail):
            return "tidak dapat terhubung ke '\(host)' (\(detail)); periksa nama server, port, dan jaringan"
        case .connectionLost(let host, let completed, let total, let attempts, let detail):
            return "sambungan ke '\(host)' terputus (\(detail)) setelah \(attempts) percobaan; \(completed) dari \(total) langkah sudah online. Jalankan 'warta publish' lagi: yang sudah terkirim tidak diunggah ulang"
        case .remoteOperationFailed(let path, let detail):
            return "server menolak operasi pada '\(path)' (\(detail)); periksa izin tulis akun di folder tujuan"
        case .folderOperationFailed(let path, let reason):
            return "folder tujuan '\(path)' tidak dapat ditulis (\(reason)); periksa apakah folder terpasang dan dapat ditulis"
        case .manifestUnreadable(let path):
            return "catatan publikasi '\(path)' di tujuan tidak terbaca; isi tujuan dibandingkan menurut ukuran dan waktu berkas, dan catatan ditulis ulang"
        case .manifestStale(let path):
            return "catatan publikasi '\(path)' tidak cocok lagi dengan isi tujuan (diubah di luar Warta); isi tujuan dibandingkan menurut ukuran dan waktu berkas"
        case .foreignFilesKept(let count, let examples):
            return "\(count) berkas di tujuan bukan bagian dari situs dan tidak diunggah oleh Warta (misalnya \(examples.joined(separator: ", "))); berkas itu dibiarkan. Hapus sendiri bila memang tidak diperlukan"
        }
    }

    package var english: String {
        switch self {
        case .invalidTarget(let text):
            return "publish target '\(text)' is not an address Warta knows; write e.g. sftp://user@server/public_html/, ftps://user@server/public_html/ or file:///mnt/share/situs/"
        case .unsupportedScheme(let scheme):
            return "scheme '\(scheme)' cannot be published to; use sftp://, ftps://, ftp:// or file://"
        case .passwordInTarget(let redacted):
            return "target '\(redacted)' contains a password; remove it from the address and keep it in ~/.netrc or the environment variable WARTA_PUBLISH_PASSWORD (passwords never belong in the project)"
        case .unencryptedFTP(let host):
            return "ftp:// to '\(host)' is unencrypted: the password and the pages travel in the clear; use ftps:// or sftp:// where the server offers it"
        case .siteFolderUnreadable(let path, let reason):
            return "site folder '\(path)' cannot be read (\(reason)); run 'warta build' first"
        case .unpublishableName(let path):
            return "file name '\(path)' holds a control character or line break and cannot be uploaded safely; rename the file"
        case .noCredentials(let user, let host, let searched):
            return "no way to log in as '\(user)' to '\(host)': no SSH agent, key or password (looked at: \(searched.joined(separator: ", "))); create a key with 'ssh-keygen -t ed25519', name one with WARTA_PUBLISH_KEY, or keep a password in ~/.netrc"
        case .keyFileMissing(let path):
            return "key file '\(path)' does not exist; check the path given by the key option or WARTA_PUBLISH_KEY"
        case .authenticationFailed(let user, let host, let methods):
            return "server '\(host)' refused the login as '\(user)' (tried: \(methods.joined(separator: ", "))); check the user name, the package key in the server's authorized_keys, or the password in ~/.netrc / WARTA_PUBLISH_PASSWORD. Nothing was changed on the server"
        case .unknownHostKey(let host, let keyType, let fingerprint, let knownHosts):
            return "host key of '\(host)' (\(keyType) \(fingerprint)) is not in '\(knownHosts)' yet; nothing was uploaded. Compare that fingerprint with the one the server's administrator gives, then run again with --accept-new-host-key"
        case .changedHostKey(let host, let keyType, let fingerprint, let knownHosts):
            return "host key of '\(host)' changed (now \(keyType) \(fingerprint)) and does not match '\(knownHosts)'; publishing refused, as someone may be intercepting. Ask the server's administrator; if the change is genuine, remove the old line with 'ssh-keygen -R' and accept the new key"
        case .knownHostsUnwritable(let path, let reason):
            return "the host key could not be saved to '\(path)' (\(reason)); check the permissions of the ~/.ssh folder"
        case .certificateRejected(let host, let detail):
            return "the TLS certificate of server '\(host)' could not be verified (\(detail)); check the server name, or give its issuer's certificate with WARTA_PUBLISH_CA_FILE"
        case .connectionFailed(let host, let detail):
            return "cannot connect to '\(host)' (\(detail)); check the server name, the port and the network"
        case .connectionLost(let host, let completed, let total, let attempts, let detail):
            return "the connection to '\(host)' dropped (\(detail)) after \(attempts) attempts; \(completed) of \(total) steps are online. Run 'warta publish' again: what already arrived is not uploaded again"
        case .remoteOperationFailed(let path, let detail):
            return "the server refused an operation on '\(path)' (\(detail)); check that the account may write to the target folder"
        case .folderOperationFailed(let path, let reason):
            return "target folder '\(path)' cannot be written (\(reason)); check that it is mounted and writable"
        case .manifestUnreadable(let path):
            return "publish record '\(path)' on the target could not be read; the target was compared by file sizes and times instead, and the record is written anew"
        case .manifestStale(let path):
            return "publish record '\(path)' no longer matches the target (changed outside Warta); the target was compared by file sizes and times instead"
        case .foreignFilesKept(let count, let examples):
            return "\(count) files on the target are not part of the site and were not uploaded by Warta (e.g. \(examples.joined(separator: ", "))); they were left alone. Delete them yourself if they are not needed"
        }
    }
}
