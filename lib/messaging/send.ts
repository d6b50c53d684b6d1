import { browser } from 'wxt/browser';
import type { MessageName, Params, Request, Response, Return } from './protocol';

/** Sends one protocol message to the background and unwraps the answer (throws on an error answer). */
export async function send<N extends MessageName>(name: N, params: Params<N>): Promise<Return<N>> {
  const req: Request<N> = { hamish: 1, name, params };
  const res = (await browser.runtime.sendMessage(req)) as Response<Return<N>> | undefined;
  if (!res) throw new Error(`no answer to ${name}`);
  if (!res.ok) throw new Error(res.error);
  return res.value;
}
