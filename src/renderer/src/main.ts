import { mount } from 'svelte'
import './app.css'
import App from './App.svelte'
import { chooseApi } from './api/choose-api'

mount(App, { target: document.getElementById('app')!, props: { api: chooseApi() } })
