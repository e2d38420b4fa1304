-- Drives Neovim's own LSP client through docs/editors/nvim-govreport.lua (loaded with -u): opens two
-- reports of one folder, waits for the first one's diagnostics, formats the second, and writes what it saw
-- as JSON to $NVIM_CHECK_OUT. Run by NeovimClientTest.
local out = os.getenv('NVIM_CHECK_OUT')
local folder = os.getenv('NVIM_CHECK_FOLDER')
local result = { errors = {} }

local function codes(buf)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(found, { code = lsp.code or d.code, line = d.lnum + 1, message = d.message })
  end
  return found
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. folder .. '/broken.govreport')
  local broken = vim.api.nvim_get_current_buf()
  result.diagnosticsArrived = vim.wait(60000, function() return #vim.diagnostic.get(broken) > 0 end, 100)
  result.diagnostics = codes(broken)

  vim.cmd('edit ' .. folder .. '/misaligned.govreport')
  local misaligned = vim.api.nvim_get_current_buf()
  result.attached = vim.wait(20000, function() return #vim.lsp.buf_get_clients(misaligned) > 0 end, 100)
  vim.lsp.buf.formatting_sync(nil, 20000)
  result.formatted = table.concat(vim.api.nvim_buf_get_lines(misaligned, 0, -1, false), '\n') .. '\n'

  local names = {}
  for _, client in pairs(vim.lsp.get_active_clients()) do table.insert(names, client.name) end
  result.clients = names
end)
if not ok then table.insert(result.errors, tostring(err)) end

local file = io.open(out, 'w')
file:write(vim.fn.json_encode(result))
file:close()
vim.cmd('qa!')
