// Unit tests run on fake-indexeddb; end-to-end tests use Chromium's real IndexedDB.
import 'fake-indexeddb/auto'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

afterEach(() => cleanup())
