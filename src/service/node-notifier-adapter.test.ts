import { describe, expect, it } from 'vitest'
import {
  SNOOZE_ACTION,
  createNodeNotifier,
  type NodeNotifierCallback,
  type NodeNotifierLike,
  type NodeNotifierRequest
} from './node-notifier-adapter'
import { RecordingNotifier } from './notifier'

const drink = { id: 'hydration:1', title: 'Time for a drink', body: 'Drink about 250 ml — 1.1 of 2.0 L so far' }

/** A node-notifier stand-in that answers every request with the given callback arguments. */
function fakeNotifier(...answer: Parameters<NodeNotifierCallback>): NodeNotifierLike & {
  requests: NodeNotifierRequest[]
} {
  const requests: NodeNotifierRequest[] = []
  return {
    requests,
    notify(request, callback) {
      requests.push(request)
      queueMicrotask(() => callback(...answer))
    }
  }
}

describe('createNodeNotifier', () => {
  it('sends the title and body under the app name, waiting for an answer', async () => {
    const fake = fakeNotifier(null, '')
    await createNodeNotifier({ appName: 'Limber', iconPath: '/opt/limber/icon.png', notifier: fake }).show(drink)
    expect(fake.requests).toEqual([
      {
        title: 'Time for a drink',
        message: 'Drink about 250 ml — 1.1 of 2.0 L so far',
        icon: '/opt/limber/icon.png',
        appID: 'Limber',
        'app-name': 'Limber',
        wait: true,
        timeout: 30,
        actions: [SNOOZE_ACTION]
      }
    ])
  })

  it("sends the desktop app's AppUserModelID as Windows' app id, so toasts come from the installed app", async () => {
    const fake = fakeNotifier(null, '')
    await createNodeNotifier({ appName: 'Limber', appId: 'app.limber.desktop', notifier: fake }).show(drink)
    expect(fake.requests).toEqual([expect.objectContaining({ appID: 'app.limber.desktop', 'app-name': 'Limber' })])
  })

  it('leaves the icon out when there is none and honours a custom timeout', async () => {
    const fake = fakeNotifier(null, '')
    await createNodeNotifier({ appName: 'Limber', timeoutSeconds: 10, notifier: fake }).show(drink)
    expect(fake.requests[0]).not.toHaveProperty('icon')
    expect(fake.requests[0]?.timeout).toBe(10)
  })

  it.each([
    ['activate', 'clicked'],
    ['clicked', 'clicked'],
    ['timeout', 'timeout'],
    ['dismissed', 'dismissed'],
    ['closed', 'dismissed'],
    ['', 'unknown'],
    ['replied', 'unknown']
  ] as const)('reports the answer %j as %s', async (response, outcome) => {
    const notifier = createNodeNotifier({ appName: 'Limber', notifier: fakeNotifier(null, response) })
    await expect(notifier.show(drink)).resolves.toBe(outcome)
  })

  it('reads a click from the metadata when the response is empty', async () => {
    const fake = fakeNotifier(null, '', { activationType: 'contentsClicked' })
    await expect(createNodeNotifier({ appName: 'Limber', notifier: fake }).show(drink)).resolves.toBe('clicked')
  })

  it('resolves unknown and reports the error when the backend fails', async () => {
    const errors: Error[] = []
    const fake = fakeNotifier(new Error('notify-send must be installed on the system.'), '')
    const outcome = await createNodeNotifier({
      appName: 'Limber',
      notifier: fake,
      onError: (error) => errors.push(error)
    }).show(drink)
    expect(outcome).toBe('unknown')
    expect(errors.map((error) => error.message)).toEqual(['notify-send must be installed on the system.'])
  })

  it('reports text the notifier wrote to stderr as an error', async () => {
    const errors: Error[] = []
    const fake = fakeNotifier('Failed to connect to the bus\n', '')
    const outcome = await createNodeNotifier({
      appName: 'Limber',
      notifier: fake,
      onError: (e) => errors.push(e)
    }).show(drink)
    expect(outcome).toBe('unknown')
    expect(errors[0]?.message).toBe('notifier: Failed to connect to the bus')
  })

  it('never throws, even when the backend throws and the error handler throws too', async () => {
    const throwing: NodeNotifierLike = {
      notify() {
        throw new TypeError('boom')
      }
    }
    const notifier = createNodeNotifier({
      appName: 'Limber',
      notifier: throwing,
      onError: () => {
        throw new Error('handler broke')
      }
    })
    await expect(notifier.show(drink)).resolves.toBe('unknown')
  })

  it('keeps the first answer when the backend calls back twice', async () => {
    const twice: NodeNotifierLike = {
      notify(_request, callback) {
        callback(null, 'timeout')
        callback(null, 'activate')
      }
    }
    await expect(createNodeNotifier({ appName: 'Limber', notifier: twice }).show(drink)).resolves.toBe('timeout')
  })

  it('accepts the real node-notifier module as its backend', async () => {
    const { default: real } = await import('node-notifier')
    const backend: NodeNotifierLike = real
    expect(typeof backend.notify).toBe('function')
  })
})

describe('RecordingNotifier', () => {
  it('remembers what it was asked to show and answers unknown', async () => {
    const recording = new RecordingNotifier()
    await expect(recording.show(drink)).resolves.toBe('unknown')
    expect(recording.shown).toEqual([drink])
  })

  it('reports the snooze button as snoozed (macOS and Windows show it)', async () => {
    const fake = {
      notify: (
        _request: unknown,
        callback: (error: null, response: string, metadata: { activationValue: string }) => void
      ) => callback(null, 'activate', { activationValue: SNOOZE_ACTION })
    }
    const outcome = await createNodeNotifier({ appName: 'Limber', notifier: fake }).show({
      id: 'x',
      title: 't',
      body: 'b'
    })
    expect(outcome).toBe('snoozed')
  })
})
