import type {IncomingMessage} from 'node:http'
import {timingSafeEqual} from 'node:crypto'

/**
 * Whether a request may be answered: the run's token (in the query of a
 * page, in `x-glossa-token` for a save), a Host that is this loopback
 * address (a page of another site that resolves its name to 127.0.0.1 —
 * DNS rebinding — sends its own name), and for a request that changes
 * anything an Origin that is this server.
 */
export function guardRequest(request: IncomingMessage, url: URL, token: string, port: number): boolean {
  const hosts = new Set(['127.0.0.1:' + port, 'localhost:' + port])
  if (!hosts.has(request.headers.host ?? '')) return false
  const given = request.method === 'GET' ? url.searchParams.get('token') : request.headers['x-glossa-token']
  if (typeof given !== 'string' || !sameToken(given, token)) return false
  if (request.method !== 'GET') {
    const origin = request.headers.origin
    if (origin === undefined || !hosts.has(origin.replace(/^http:\/\//, ''))) return false
  }

  return true
}

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}
