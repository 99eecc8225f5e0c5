import Hummingbird
import RaadsDocCore
import Synchronization

/// Lets a request through only when it comes from this run's page: the
/// Host header names the loopback address and port the server listens on
/// (so a DNS name rebound to 127.0.0.1 is refused), an Origin header, when
/// sent, is that same origin, and the run's token comes along, in the
/// cookie the first visit set or as `?token=` on that first visit.
struct AccessGuard<Context: RequestContext>: RouterMiddleware {
    static var cookieName: String { "werkplaats" }

    let token: String
    let port: Port

    /// The port the server listens on, known once it runs (0 asks for any).
    final class Port: Sendable {
        private let value = Atomic<Int>(0)
        var current: Int { value.load(ordering: .relaxed) }
        func set(_ port: Int) { value.store(port, ordering: .relaxed) }
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let port = port.current
        let hosts = ["127.0.0.1:\(port)", "localhost:\(port)"]
        let host = request.head.authority
        guard let host, hosts.contains(host.lowercased()) else {
            return Self.refusal(.misdirectedRequest, "Onbekende host: de werkplaats antwoordt alleen op http://127.0.0.1:\(port)/.")
        }
        let origins = request.headers[values: .origin]
        guard origins.allSatisfy({ origin in hosts.contains { "http://" + $0 == origin.lowercased() } }) else {
            return Self.refusal(.forbidden, "Verzoek van een andere website geweigerd.")
        }
        let cookie = request.cookies[Self.cookieName]?.value
        if let cookie, Self.equal(cookie, token) {
            return try await next(request, context)
        }
        // The first visit: the token in the link becomes a cookie, and the
        // address without it replaces the link, so it does not stay in the
        // history or reach a Referer.
        if request.method == .get, let given = request.uri.queryParameters["token"], Self.equal(String(given), token) {
            var response = Response.redirect(to: request.uri.path == "/" ? "/" : request.uri.path, type: .found)
            response.headers[.setCookie] = "\(Self.cookieName)=\(token); Path=/; HttpOnly; SameSite=Strict"
            return response
        }
        return Self.refusal(.forbidden,
                            "Geen toegang: open de werkplaats via de link met het token die ‘raadsdoc werkplaats’ bij het starten toonde.")
    }

    static func refusal(_ status: HTTPResponse.Status, _ message: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; charset=utf-8"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: message + "\n")))
    }

    /// Compares in time independent of where the strings differ.
    static func equal(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8)
        let right = Array(rhs.utf8)
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}
